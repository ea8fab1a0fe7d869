#!/usr/bin/env bash
# Builds the web app's third-party libraries for wasm, once, from Debian's
# own source packages (apt-get source), into a cache outside the clone:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/samenspel/web-deps-<key>/
# <key> names the source versions, the emscripten version and this script,
# so a second build (or CI's fresh clone on the same machine) builds nothing.
# Nothing is downloaded from anywhere but Debian; no source enters the repo.
# Prints the prefix folder (include/, lib/, imgui/) on its last line.
#
# Pitfalls handled (see ../shared/WEB-NOTES.md): NODE_PATH for Debian's
# acorn; SDL2 by CMake with the threads/joystick/... subsystems off;
# libsodium by autogen + emconfigure with --host=wasm32; SDL2_image without
# CMake (nanosvg + stb_image + miniz are in Debian's tarball).
set -euo pipefail
export NODE_PATH=/usr/share/nodejs
here="$(cd "$(dirname "$0")" && pwd)"

sources=(imgui libsdl2 libsdl2-image libsodium)

version_of() { apt-cache showsrc "$1" | awk '/^Version:/{print $2; exit}'; }

key_text="emcc=$(emcc --version 2>/dev/null | sed -n 1p)"
for s in "${sources[@]}"; do
  v="$(version_of "$s")"
  [ -n "$v" ] || { echo "web-deps: no Debian source package for $s (is deb-src enabled?)" >&2; exit 1; }
  key_text+=" $s=$v"
done
key_text+=" script=$(sha256sum "$0" | cut -c1-16)"
key="$(printf '%s' "$key_text" | sha256sum | cut -c1-16)"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/samenspel"
final="$cache_root/web-deps-$key"

if [ -f "$final/COMPLETE" ]; then
  echo "web-deps: cached ($key_text)" >&2
  echo "$final"
  exit 0
fi

echo "web-deps: building for wasm ($key_text); the first time takes 15-25 minutes" >&2
mkdir -p "$cache_root"
# The work folder is keyed by the sources only and each finished stage leaves
# a stamp, so a build that fails or is killed late resumes where it stopped
# instead of redoing SDL2's slow configure. It goes once the cache is made.
src_key="$(printf '%s' "${key_text% script=*}" | sha256sum | cut -c1-16)"
work="$cache_root/.web-deps-build-$src_key"
prefix="$work/prefix"
mkdir -p "$prefix/include" "$prefix/lib" "$work/src"
jobs="$(nproc)"
log() { echo "web-deps: $* ($(date +%T))" >&2; }
done_stage() { [ -f "$work/stamp.$1" ]; }
stamp() { touch "$work/stamp.$1"; }

cd "$work/src"
if ! done_stage sources; then
  rm -rf "$work/src" && mkdir -p "$work/src" && cd "$work/src"
  for s in "${sources[@]}"; do
    log "apt-get source $s"
    apt-get source --download-only "$s" >/dev/null 2>&1 || apt-get source --download-only "$s" >&2
  done
  for dsc in *.dsc; do dpkg-source --no-check -x "$dsc" >/dev/null; done
  stamp sources
fi

# Dear ImGui: the core and the two SDL backends, as sources for the app's
# own CMake (compiled with the app's flags).
if ! done_stage imgui; then
log "imgui"
im="$(ls -d imgui-*/)"
mkdir -p "$prefix/imgui/backends"
cp "$im"/imgui*.cpp "$im"/imgui*.h "$im"/imstb_*.h "$im"/imconfig.h "$prefix/imgui/"
cp "$im"/backends/imgui_impl_sdl.* "$im"/backends/imgui_impl_sdlrenderer.* "$prefix/imgui/backends/"
cp "$im"/misc/cpp/imgui_stdlib.* "$prefix/imgui/"
cp "$im"/LICENSE.txt "$prefix/imgui/"
stamp imgui
fi

if ! done_stage sdl2; then
log "SDL2 configure (slow: each check runs emcc)"
sdl="$(ls -d libsdl2-2*/ 2>/dev/null || ls -d SDL2-*/)"
emcmake cmake -S "$sdl" -B sdl-build -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL2_DISABLE_SDL2MAIN=ON -DSDL_CCACHE=OFF \
  -DSDL_PTHREADS=OFF -DSDL_THREADS=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF \
  -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_DISKAUDIO=OFF -DSDL_DUMMYAUDIO=OFF -DSDL_OFFSCREEN=OFF \
  -DSDL_DUMMYVIDEO=OFF >sdl-configure.log 2>&1 || { tail -40 sdl-configure.log >&2; exit 1; }
log "SDL2 build"
cmake --build sdl-build -j "$jobs" >sdl-build.log 2>&1 || { tail -40 sdl-build.log >&2; exit 1; }
cmake --install sdl-build >/dev/null
stamp sdl2
fi

if ! done_stage sdl2_image; then
log "SDL2_image (PNG + SVG: stb_image, nanosvg, miniz)"
img="$(ls -d libsdl2-image-*/ 2>/dev/null || ls -d SDL2_image-*/)"
mkdir -p img-build
for c in "$img"/IMG*.c; do
  case "$c" in *IMG_WIC.c) continue ;; esac
  emcc -O2 -c "$c" -o "img-build/$(basename "$c" .c).o" -I"$prefix/include/SDL2" -I"$img" \
    -DLOAD_PNG -DLOAD_SVG -DUSE_STBIMAGE -DSDL_IMAGE_SAVE_PNG=1 -DSDL_IMAGE_SAVE_JPG=0 -w
done
emar rcs "$prefix/lib/libSDL2_image.a" img-build/*.o
cp "$img"/SDL_image.h "$prefix/include/SDL2/"
stamp sdl2_image
fi

if ! done_stage sodium; then
log "libsodium autogen + configure"
sod="$(ls -d libsodium-*/)"
(cd "$sod" && ./autogen.sh -s >../sodium-autogen.log 2>&1 || ./autogen.sh >../sodium-autogen.log 2>&1) ||
  { tail -20 sodium-autogen.log >&2; exit 1; }
(cd "$sod" && emconfigure ./configure --host=wasm32-unknown-emscripten --disable-shared --enable-static \
  --without-pthreads --disable-ssp --disable-asm --disable-pie CFLAGS=-O2 --prefix="$prefix" \
  >../sodium-configure.log 2>&1) || { tail -40 sodium-configure.log >&2; exit 1; }
log "libsodium build"
(cd "$sod" && emmake make -j "$jobs" >../sodium-build.log 2>&1 && make install >/dev/null 2>&1) ||
  { tail -40 sodium-build.log >&2; exit 1; }
stamp sodium
fi

# cereal and rapidjson are header-only: their Debian packages' headers,
# linked in (not the whole /usr/include, which is the host's libc).
ln -sfn /usr/include/cereal "$prefix/include/cereal"
ln -sfn /usr/include/rapidjson "$prefix/include/rapidjson"

printf '%s\n' "$key_text" >"$prefix/COMPLETE"
rm -rf "$final"
mv "$prefix" "$final"
rm -rf "$work"
log "done: $final"
echo "$final"
