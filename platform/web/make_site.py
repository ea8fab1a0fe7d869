#!/usr/bin/env python3
"""Makes build/web/: the offline web app around the emscripten build.

    make_site.py BUILD_DIR OUT_DIR [--voice DIR]

BUILD_DIR holds samenspel.js/.wasm/.data (the emscripten build); OUT_DIR gets
them with index.html, the web app manifest, icons drawn from our pictogram
(rsvg-convert, Debian librsvg2-bin) and a service worker that caches every
file under one name made from all their hashes: a new version is a new
cache, filled completely before it is used, so an old wasm never meets new
assets. --voice adds the eSpeak worker (voice-worker.js and its files).
The folder is written beside OUT_DIR and swapped in whole at the end.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SITE = os.path.join(HERE, "site")

# The app's own colours (app/ui/kit/palette.h: background, primary).
BACKGROUND = "#F5F3EE"
PRIMARY = "#0B5D6B"
ICON_PICTOGRAM = "people-holding-hands"


def fail(message):
    print("make_site: " + message, file=sys.stderr)
    sys.exit(1)


def icon_svg(maskable):
    """Our pictogram on the app's background; a maskable icon keeps it in the safe 80 % circle."""
    with open(os.path.join(ROOT, "assets", "pictograms", ICON_PICTOGRAM + ".svg"), encoding="utf-8") as f:
        picto = f.read()
    inner = picto[picto.index(">", picto.index("<svg")) + 1: picto.rindex("</svg>")]
    size = 56 if maskable else 76
    at = (100 - size) / 2
    frame = ('<rect width="100" height="100" fill="%s"/>' % BACKGROUND if maskable else
             '<rect x="2" y="2" width="96" height="96" rx="22" fill="%s" stroke="%s" stroke-width="4"/>'
             % (BACKGROUND, PRIMARY))
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">%s'
            '<svg x="%g" y="%g" width="%g" height="%g" viewBox="0 0 72 72">%s</svg></svg>'
            % (frame, at, at, size, size, inner))


def render_icon(svg, px, out):
    proc = subprocess.run(["rsvg-convert", "-w", str(px), "-h", str(px), "-o", out],
                          input=svg.encode("utf-8"), capture_output=True)
    if proc.returncode != 0:
        fail("rsvg-convert could not draw the icon: " + proc.stderr.decode(errors="replace"))


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def main():
    args = sys.argv[1:]
    voice = None
    if "--voice" in args:
        i = args.index("--voice")
        voice = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        fail("usage: make_site.py BUILD_DIR OUT_DIR [--voice DIR]")
    build, out = args
    app_files = ["samenspel.js", "samenspel.wasm", "samenspel.data"]
    for name in app_files:
        if not os.path.isfile(os.path.join(build, name)):
            fail("%s is missing in %s: build the web app first" % (name, build))

    tmp = out.rstrip("/") + ".new"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "icons"))
    for name in app_files:
        shutil.copy2(os.path.join(build, name), os.path.join(tmp, name))
    shutil.copy2(os.path.join(SITE, "index.html"), os.path.join(tmp, "index.html"))
    if voice:
        for name in sorted(os.listdir(voice)):
            shutil.copy2(os.path.join(voice, name), os.path.join(tmp, name))

    render_icon(icon_svg(False), 192, os.path.join(tmp, "icons", "icon-192.png"))
    render_icon(icon_svg(False), 512, os.path.join(tmp, "icons", "icon-512.png"))
    render_icon(icon_svg(True), 512, os.path.join(tmp, "icons", "maskable-512.png"))
    render_icon(icon_svg(False), 180, os.path.join(tmp, "icons", "apple-touch-icon.png"))

    manifest = {
        "name": "Samenspel",
        "short_name": "Samenspel",
        "description": "Kaarten voor een eerlijk gesprek over werk, samen aan tafel.",
        "lang": "nl",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "orientation": "portrait",
        "background_color": BACKGROUND,
        "theme_color": PRIMARY,
        "icons": [
            {"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": "icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }
    with open(os.path.join(tmp, "manifest.webmanifest"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)

    # Every file the app may ask for, and one version made of all of them.
    files = []
    for dirpath, _, names in os.walk(tmp):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), tmp).replace(os.sep, "/")
            files.append(rel)
    files.sort()
    version = hashlib.sha256("".join(f + sha(os.path.join(tmp, f)) for f in files).encode()).hexdigest()[:16]
    with open(os.path.join(SITE, "sw.js"), encoding="utf-8") as f:
        worker = f.read()
    worker = worker.replace("'@VERSION@'", json.dumps(version)).replace("['@FILES@']", json.dumps(["./"] + files))
    with open(os.path.join(tmp, "sw.js"), "w", encoding="utf-8") as f:
        f.write(worker)
    with open(os.path.join(tmp, "version.txt"), "w", encoding="utf-8") as f:
        f.write(version + "\n")

    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    total = sum(os.path.getsize(os.path.join(out, f)) for f in files)
    print("make_site: %s: %d files, %.1f MB, version %s" % (out, len(files) + 2, total / 1e6, version))


if __name__ == "__main__":
    main()
