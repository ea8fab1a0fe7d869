#!/usr/bin/env bash
# The hub's report in real headless Chromium (issue 11): simulated records
# imported, the report written, opened at 390 px and 1280 px wide; it must
# render (a screenshot of real size) with no console message at all. The
# screenshots stay in WORK for a person to look at.
# usage: report_in_chromium.sh CLI HUB WORK
set -euo pipefail
cli="$1" hub="$2" work="$3"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (apt-get install --no-install-recommends chromium)"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work"
"$cli" simulate --count 400 -o "$work/a.ssb" --seed 41 > /dev/null
"$hub" import "$work/a.ssb" --db "$work/hub.sqlite" > /dev/null
"$hub" report --db "$work/hub.sqlite" -o "$work/rapport.html" > /dev/null

status=0
for width in 390 1280; do
  height=$([ "$width" = 390 ] && echo 3200 || echo 2600)
  profile="$(mktemp -d)"
  # Console messages reach stderr through --enable-logging; the flags keep
  # a headless Chromium from reaching out or asking for anything.
  timeout 90 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$work/report-$width.png" "file://$work/rapport.html" \
    > "$work/chromium-$width.log" 2>&1 || true
  rm -rf "$profile"
  if [ ! -s "$work/report-$width.png" ] || [ "$(stat -c %s "$work/report-$width.png")" -lt 20000 ]; then
    echo "FAIL: no real screenshot at $width px"; cat "$work/chromium-$width.log"; status=1
  fi
  if grep -E "CONSOLE|Uncaught|Refused to|ERR_FILE_NOT_FOUND|net::ERR" "$work/chromium-$width.log"; then
    echo "FAIL: console messages at $width px"; status=1
  fi
done
[ $status = 0 ] && echo "report rendered at 390 and 1280 px: $work/report-390.png $work/report-1280.png"
exit $status
