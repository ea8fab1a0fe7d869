#!/usr/bin/env python3
"""Serves build/web/ on 127.0.0.1 for trying the web app (bash .ci/setup web).

    serve.py DIR [PORT]

Python's own static server, with the types a web app needs (wasm,
manifest) and no-cache so a new build is seen at once (the service worker
keeps its own versioned copy for offline use). A phone needs HTTPS for the
offline app, except on localhost: see the README.
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
        ".data": "application/octet-stream",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "build/web"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
