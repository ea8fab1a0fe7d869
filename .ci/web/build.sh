#!/usr/bin/env bash
# Builds the offline web app into build/web/ (bash .ci/setup web-build):
# the wasm libraries from Debian's source packages (deps.sh, cached outside
# the clone), the app with Debian's emscripten (build/web-cmake/), then the
# site around it (platform/web/make_site.py). Exit 0 only when build/web/ is
# complete. Expects the packages .ci/setup installs for the web.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs  # Debian's acorn for emcc (nodesource's node does not look there)

deps="$(bash .ci/web/deps.sh | tail -1)"
voice="$(bash .ci/web/voice.sh | tail -1)" || voice=""
build_dir="${SAMENSPEL_WEB_BUILD_DIR:-build/web-cmake}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
emcmake cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSAMENSPEL_WEB_DEPS="$deps" "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target samenspel
site_args=("$build_dir/app" build/web)
[ -n "$voice" ] && site_args+=(--voice "$voice")
python3 platform/web/make_site.py "${site_args[@]}"
