// The fallback voice's Web Worker: eSpeak's own command-line program `speak`
// (GPL-3, eSpeak 1.48, built unmodified from Debian's source package by
// .ci/web/voice.sh) and Debian's compiled Dutch voice data. It runs beside
// the app, never linked into it: the page talks to it only through messages
// (samenspel-voice.js).
//
// Protocol: the worker posts {type:'ready'} once the voice loaded and a first
// tiny synthesis worked, or {type:'unavailable', why} if it cannot. The page
// posts {type:'say', text, wpm, serial}; the answer is
// {type:'audio', samples: Int16Array (mono), rate, serial} or
// {type:'failed', serial, why}.
//
// Each utterance is one run of the program in a fresh instance, as if it were
// a process: speak's main() keeps state in globals (getopt's optind, the
// voice, the translator's tables, the open WAV file), so a second callMain()
// on the same instance is not a fresh run. A fresh instance costs
// milliseconds because the compiled WebAssembly.Module and the fetched data
// package are reused (instantiateWasm, getPreloadedPackage): nothing is
// fetched twice.
//
// This file is linked with --extern-post-js, after the MODULARIZE factory
// createEspeak() that emcc generates.
/* global createEspeak */
'use strict';

(function () {
  var MAX_CHARS = 4000;       // longer texts are cut at a sentence end
  var MIN_WPM = 80, MAX_WPM = 450;  // eSpeak's own range for -s
  var compiled = null;        // WebAssembly.Module
  var dataPackage = null;     // ArrayBuffer of voice-worker.data
  var ready = null;           // Promise: load + first synthesis
  var pending = null;         // the newest 'say' waiting for its turn
  var busy = false;

  function url(name) { return new URL(name, self.location.href).href; }

  function fetchBytes(name) {
    return fetch(url(name)).then(function (r) {
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      return r.arrayBuffer();
    });
  }

  // One run of `speak ARGS` in a fresh instance; resolves with the
  // instance's FS contents we need (the WAV file) and the exit status.
  function runProgram(text, wpm) {
    var log = [];
    return createEspeak({
      noInitialRun: true,
      instantiateWasm: function (imports, done) {
        WebAssembly.instantiate(compiled, imports).then(function (instance) { done(instance, compiled); });
        return {};
      },
      getPreloadedPackage: function () { return dataPackage; },
      locateFile: url,
      print: function (s) { log.push(s); },
      printErr: function (s) { log.push(s); },
    }).then(function (m) {
      m.FS.mkdirTree('/tmp');
      m.FS.writeFile('/tmp/in.txt', text);  // UTF-8; the text is never an argument
      var status;
      try {
        // --path names the folder that holds espeak-data (voice.sh puts it there).
        status = m.callMain(['-v', 'nl', '-s', String(wpm), '--path=/voice',
                             '-w', '/tmp/out.wav', '-f', '/tmp/in.txt']);
      } catch (e) {
        status = (e && typeof e.status === 'number') ? e.status : String(e);
      }
      var wav = null;
      try { wav = m.FS.readFile('/tmp/out.wav'); } catch (e) { /* no sound at all */ }
      if (status !== 0 && status !== undefined) {
        throw new Error('speak exited with ' + status + (log.length ? ': ' + log.join(' | ') : ''));
      }
      if (!wav) throw new Error('speak wrote no sound' + (log.length ? ': ' + log.join(' | ') : ''));
      return parseWav(wav);
    });
  }

  // speak writes a plain 44-byte RIFF header, 16-bit mono PCM; read the
  // chunks anyway instead of trusting fixed offsets.
  function parseWav(bytes) {
    var v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    function tag(at) { return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]); }
    if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
    var rate = 0, bits = 0, channels = 0, at = 12;
    while (at + 8 <= bytes.length) {
      var id = tag(at), size = v.getUint32(at + 4, true), body = at + 8;
      if (id === 'fmt ') {
        channels = v.getUint16(body + 2, true);
        rate = v.getUint32(body + 4, true);
        bits = v.getUint16(body + 14, true);
      } else if (id === 'data') {
        if (channels !== 1 || bits !== 16 || !rate) throw new Error('WAV is not 16-bit mono');
        // speak patches the sizes when it closes the file; trust the file's end if they disagree.
        var end = Math.min(bytes.length, body + size);
        var count = (end - body) >> 1;
        var samples = new Int16Array(count);
        for (var i = 0; i < count; i++) samples[i] = v.getInt16(body + 2 * i, true);
        return { samples: samples, rate: rate };
      }
      at = body + size + (size & 1);
    }
    throw new Error('WAV has no data');
  }

  // Bounded input: strip control characters and cut very long texts at the
  // last sentence end before MAX_CHARS (the page reads short card texts).
  function cleanText(text) {
    text = String(text == null ? '' : text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
    if (text.length > MAX_CHARS) {
      var cut = text.lastIndexOf('.', MAX_CHARS);
      text = text.slice(0, cut > MAX_CHARS / 2 ? cut + 1 : MAX_CHARS);
    }
    return text;
  }

  function clampWpm(wpm) {
    wpm = Math.round(Number(wpm));
    if (!isFinite(wpm)) wpm = 150;
    return Math.max(MIN_WPM, Math.min(MAX_WPM, wpm));
  }

  function next() {
    if (busy || !pending) return;
    var job = pending;
    pending = null;
    busy = true;
    var text = cleanText(job.text);
    var work = /\S/.test(text)
      ? runProgram(text, clampWpm(job.wpm))
      : Promise.reject(new Error('no text'));
    work.then(function (sound) {
      if (!sound.samples.length) throw new Error('no samples');
      self.postMessage({ type: 'audio', samples: sound.samples, rate: sound.rate, serial: job.serial },
                       [sound.samples.buffer]);
    }).catch(function (e) {
      self.postMessage({ type: 'failed', serial: job.serial, why: String(e && e.message || e) });
    }).then(function () {
      busy = false;
      next();
    });
  }

  self.onmessage = function (e) {
    var m = e.data || {};
    if (m.type !== 'say') return;
    // Only the newest request matters: the page plays only its latest serial.
    if (pending) self.postMessage({ type: 'failed', serial: pending.serial, why: 'superseded' });
    pending = { text: m.text, wpm: m.wpm, serial: m.serial };
    ready.then(next, function (err) {
      var job = pending;
      pending = null;
      if (job) self.postMessage({ type: 'failed', serial: job.serial, why: 'voice unavailable: ' + err.message });
    });
  };

  ready = Promise.all([
    fetchBytes('voice-worker.wasm').then(function (b) { return WebAssembly.compile(b); }),
    fetchBytes('voice-worker.data'),
  ]).then(function (both) {
    compiled = both[0];
    dataPackage = both[1];
    return runProgram('Ja.', 150);
  }).then(function (sound) {
    if (sound.samples.length < sound.rate / 10) throw new Error('first synthesis gave no sound');
    self.postMessage({ type: 'ready' });
  });
  ready.catch(function (e) {
    self.postMessage({ type: 'unavailable', why: String(e && e.message || e) });
  });
})();
