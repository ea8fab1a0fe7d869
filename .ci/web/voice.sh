#!/usr/bin/env bash
# Builds the web app's fallback voice: eSpeak's own standalone command-line
# program `speak` (GPL-3, eSpeak 1.48) for wasm as a Web Worker, from
# Debian's source package `espeak`, with Debian's compiled Dutch voice data
# (binary package espeak-data of the same version). It is a separate program
# beside the app, never linked into the app's wasm; the page talks to it by
# messages only.
#
# Why eSpeak 1.48 and not espeak-ng: Debian's mirror serves espeak-ng's
# .dsc and debian.tar.xz but not its upstream tarball (404), so espeak-ng
# cannot be built from Debian alone. For `espeak` it is the other way round:
# the upstream tarball (Debian's +dfsg repack, checked against the .dsc's
# SHA-256) is served, Debian's debian.tar.xz is not. So the program is built
# from the unmodified upstream source in Debian's tarball, without Debian's
# patches. We build `speak`, not `espeak`: `espeak` is a front end to
# libespeak, which always starts a thread for its command queue (USE_ASYNC
# under LIBRARY); `speak` is the same engine and the same options (-v -s -w
# -f --path) in one synchronous program, which is what a worker without
# threads can run.
#
# Built once into a cache outside the clone:
#   ${XDG_CACHE_HOME:-$HOME/.cache}/samenspel/web-voice-<key>/
# <key> names the source version, the emscripten version, this script and
# the worker's JS, so a second run builds nothing. The folder holds exactly
# the files for the site root (all named voice-worker*): voice-worker.js,
# voice-worker.wasm, voice-worker.data and voice-worker.COPYING.txt (the
# licence and where the source is). It is built in a work folder and moved
# into place only when complete; the stamp web-voice-<key>.COMPLETE beside it
# is written last, so a killed build leaves no half cache.
# Logs go to stderr; the last line of stdout is the folder. Any failure exits
# non-zero with a message (the web build then goes on without this voice).
set -euo pipefail
export NODE_PATH=/usr/share/nodejs
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
worker_js="$repo/platform/web/voice/voice-worker-main.js"

log() { echo "web-voice: $* ($(date +%T))" >&2; }
fail() { echo "web-voice: FAILED: $*" >&2; exit 1; }

command -v emcc >/dev/null || fail "emcc not found (apt-get install emscripten)"
[ -f "$worker_js" ] || fail "missing $worker_js"
version="$(apt-cache showsrc espeak 2>/dev/null | awk '/^Version:/{print $2; exit}')"
[ -n "$version" ] || fail "no Debian source package espeak (is deb-src enabled? apt-get update?)"
upstream="${version%-*}"          # 1.48.15+dfsg
upstream="${upstream#*:}"

key_text="espeak=$version emcc=$(emcc --version | sed -n 1p)"
key_text+=" script=$(sha256sum "$0" | cut -c1-16) worker=$(sha256sum "$worker_js" | cut -c1-16)"
key="$(printf '%s' "$key_text" | sha256sum | cut -c1-16)"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/samenspel"
final="$cache_root/web-voice-$key"

if [ -f "$final.COMPLETE" ] && [ -f "$final/voice-worker.js" ]; then
  log "cached ($key_text)"
  echo "$final"
  exit 0
fi

mkdir -p "$cache_root"
# One build at a time (a second run waits, then finds the cache).
exec 9>"$cache_root/.web-voice.lock"
flock 9
if [ -f "$final.COMPLETE" ] && [ -f "$final/voice-worker.js" ]; then
  log "cached by a run that held the lock"
  echo "$final"
  exit 0
fi
command -v node >/dev/null || fail "node not found (apt-get install nodejs; the smoke test needs it)"
log "building eSpeak $version for wasm; the first time takes about a minute"
# The work folder is keyed by the sources and emcc only. Once the program's
# objects are compiled a stamp keeps them, so a run that fails or is killed
# later resumes from there; everything after it is redone. It goes once the
# cache is made.
src_key="$(printf '%s' "${key_text% script=*}" | sha256sum | cut -c1-16)"
work="$cache_root/.web-voice-build-$src_key"
rm -f "$final.COMPLETE"
rm -rf "$final"
if [ -f "$work/stamp.objects" ]; then
  log "resuming: the program was compiled by an earlier run"
  rm -rf "$work/out" "$work/data" "$work/smoke" "$work/debdata"
else
  rm -rf "$work"
fi
mkdir -p "$work/src" "$work/out" "$work/data/espeak-data/voices/europe"
jobs="$(nproc)"
src="$work/src/espeak"
orig="espeak_$upstream.orig.tar.gz"

if [ ! -f "$work/stamp.objects" ]; then

# --- source: the upstream tarball from Debian's source package ---------------
cd "$work/src"
log "apt-get source --download-only espeak=$version"
# Debian's mirror answers 404 for this package's debian.tar.xz, so apt-get
# fails as a whole; what counts is that the .dsc and the tarball arrived.
apt-get source --download-only "espeak=$version" >apt-source.log 2>&1 || true
dsc="espeak_${version#*:}.dsc"
[ -f "$dsc" ] || { grep -E '^(E|Err):' apt-source.log >&2 || true; fail "apt-get source espeak fetched no $dsc"; }
[ -f "$orig" ] || { grep -E '^(E|Err):' apt-source.log >&2 || true; fail "Debian's mirror did not give $orig"; }
# apt checked the tarball against the signed Sources index; check it against
# the .dsc too, so a stale file in the work folder cannot slip in.
want="$(awk '/^Checksums-Sha256:/{f=1; next} /^[^ ]/{f=0} f && $3=="'"$orig"'"{print $1}' "$dsc")"
[ -n "$want" ] || fail "$dsc lists no SHA-256 for $orig"
[ "$(sha256sum "$orig" | cut -d' ' -f1)" = "$want" ] || fail "$orig does not match the SHA-256 in $dsc"
mkdir espeak
tar -xzf "$orig" -C espeak --strip-components=1
if [ ! -f espeak/src/speak.cpp ] || [ ! -f espeak/src/Makefile ]; then fail "$orig is not an eSpeak source tree"; fi

# --- the program: upstream's Makefile, no audio output ----------------------
# AUDIO= picks the WAV-only build (no portaudio/pulseaudio); `speak` never
# defines LIBRARY, so it has no threads. gnu++98 is the language the 1.48
# code was written for (it uses `register`, gone in C++17).
cd "$src/src"
log "compile the speak program"
make_args=(CXX=em++ AUDIO= DATADIR=/voice/espeak-data "CXXFLAGS=-O2 -std=gnu++98")
# Ask upstream's Makefile for the program's objects (OBJS1) instead of copying the list.
# shellcheck disable=SC2016  # $(OBJS1) is make's, not the shell's
objects="$(printf 'print-objects:\n\t@echo $(OBJS1)\n' | make -s -f Makefile -f - print-objects "${make_args[@]}")"
[ -n "$objects" ] || fail "upstream's Makefile names no objects for speak"
# shellcheck disable=SC2086  # a list of plain file names from the Makefile
emmake make -j "$jobs" "${make_args[@]}" $objects >"$work/make.log" 2>&1 \
  || { tail -40 "$work/make.log" >&2; fail "make (the speak program's objects)"; }
printf '%s\n' "$objects" >"$work/objects"
touch "$work/stamp.objects"
fi
objects_list=()
read -r -a objects_list <"$work/objects"
objs=()
for o in "${objects_list[@]}"; do objs+=("$src/src/$o"); done

# --- Dutch voice data, already compiled by Debian (same version) ------------
# The same files are in the upstream tarball's espeak-data (byte for byte
# for 1.48.15+dfsg-3); they are the fallback if the binary package is gone.
cd "$work"
if apt-get download "espeak-data=$version" >apt-data.log 2>&1; then
  dpkg-deb -x espeak-data_*.deb debdata
  datadir="$(dirname "$(find debdata -name phontab -type f | head -1)")"
  data_from="Debian's binary package espeak-data $version"
else
  grep -E '^(E|Err):' apt-data.log >&2 || true
  log "espeak-data $version not downloadable; using the espeak-data folder of $orig"
  datadir="$src/espeak-data"
  data_from="the espeak-data folder of Debian's $orig"
fi
log "Dutch data from $datadir"
for f in phondata phonindex phontab intonations nl_dict; do
  cp "$datadir/$f" data/espeak-data/ || fail "$data_from has no $f"
done
cp "$datadir/voices/europe/nl" data/espeak-data/voices/europe/ || fail "$data_from has no voices/europe/nl"

# --- smoke test on the host: the program speaks Dutch into a WAV ------------
log "smoke test (node)"
mkdir -p smoke
emcc -O1 "${objs[@]}" -o smoke/speak.js -sENVIRONMENT=node -sNODERAWFS=1 \
  -sALLOW_MEMORY_GROWTH=1 >smoke.log 2>&1 || { tail -20 smoke.log >&2; fail "link (smoke test)"; }
printf 'Kies samen een kaart.' >smoke/in.txt
node --no-experimental-fetch smoke/speak.js -v nl -s 150 --path="$work/data" -w smoke/out.wav -f smoke/in.txt \
  >>smoke.log 2>&1 || { tail -20 smoke.log >&2; fail "the program did not run"; }
wav_bytes="$(stat -c%s smoke/out.wav 2>/dev/null || echo 0)"
# 44-byte header + 16-bit samples at 22050 Hz: more than half a second.
[ "$wav_bytes" -gt $((44 + 22050)) ] || fail "the smoke test made $wav_bytes bytes of WAV, expected > 0.5 s"
log "smoke test: $wav_bytes bytes of WAV"

# --- the worker ---------------------------------------------------------------
# The data lands at /voice/espeak-data; the worker passes --path=/voice.
log "link voice-worker"
emcc -O2 "${objs[@]}" -o out/voice-worker.js \
  -sMODULARIZE=1 -sEXPORT_NAME=createEspeak -sENVIRONMENT=worker \
  -sINVOKE_RUN=0 -sEXIT_RUNTIME=0 -sALLOW_MEMORY_GROWTH=1 -sFORCE_FILESYSTEM=1 \
  "-sEXPORTED_RUNTIME_METHODS=['callMain','FS']" \
  --preload-file "$work/data/espeak-data@/voice/espeak-data" \
  --extern-post-js "$worker_js" >link.log 2>&1 || { tail -20 link.log >&2; fail "link voice-worker"; }
for f in voice-worker.js voice-worker.wasm voice-worker.data; do
  [ -s "out/$f" ] || fail "link made no $f"
done
{
  echo "voice-worker.js, voice-worker.wasm: eSpeak's command-line program \`speak\` (eSpeak $upstream"
  echo "text-to-speech, by Jonathan Duddington), built unmodified for WebAssembly from the"
  echo "upstream tarball of Debian's source package espeak $version ($orig;"
  echo "apt-get source espeak=$version), without Debian's patches,"
  echo "by Samenspel's .ci/web/voice.sh, with emscripten ($(emcc --version | sed -n 1p))."
  echo "voice-worker.data: Dutch voice data from $data_from."
  echo "It runs as a separate program in a Web Worker; Samenspel talks to it by messages only."
  echo "Licence: GNU General Public License version 3 or later, below."
  echo
  cat "$src/License.txt"
} >out/voice-worker.COPYING.txt

rm -rf "$final"
mv out "$final"
printf '%s\n' "$key_text" >"$final.COMPLETE"
rm -rf "$work"
log "done: $final"
echo "$final"
