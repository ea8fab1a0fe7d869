#!/usr/bin/env bash
# playwright-core from npm (it drives Debian's /usr/bin/chromium; no browser
# is downloaded) into a cache outside the clone, keyed by tests/web/package.json.
# Prints the node_modules folder on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."
key="$(sha256sum tests/web/package.json | cut -c1-16)"
dir="${XDG_CACHE_HOME:-$HOME/.cache}/samenspel/web-test-$key"
if [ ! -f "$dir/COMPLETE" ]; then
  rm -rf "$dir.new" && mkdir -p "$dir.new"
  cp tests/web/package.json "$dir.new/"
  (cd "$dir.new" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent >&2)
  touch "$dir.new/COMPLETE"
  rm -rf "$dir" && mv "$dir.new" "$dir"
fi
echo "$dir/node_modules"
