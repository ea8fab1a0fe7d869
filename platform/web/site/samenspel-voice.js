// Read-aloud in the page (linked with --pre-js; web_read_aloud.cpp calls
// it). First choice: the device's own Dutch voice (Web Speech). Otherwise
// eSpeak's Dutch voice (Debian's `espeak` source package, .ci/web/voice.sh),
// a separate program in a Web Worker (voice-worker.js), played through Web
// Audio. kind(): 0 none, 1 device, 2 eSpeak.
/* global Module */
'use strict';

Module.samenspelVoice = (function () {
  var rates = [0.8, 1.0, 1.2];           // slow, normal, fast (Web Speech rate)
  var wordsPerMinute = [120, 150, 180];  // the same steps for eSpeak
  var voice = { dutch: null, worker: null, workerReady: false, busyFlag: false, audio: null, source: null, serial: 0 };

  function wake() { Module.samenspelPage.call('wake'); }

  function findDutch() {
    if (!window.speechSynthesis) return;
    var all = speechSynthesis.getVoices();
    var best = null;
    for (var i = 0; i < all.length; i++) {
      var lang = (all[i].lang || '').toLowerCase().replace('_', '-');
      if (lang === 'nl-nl' || lang === 'nl-be' || lang === 'nl') {
        if (!best || (all[i].localService && !best.localService)) best = all[i];
      }
    }
    if (best !== voice.dutch) { voice.dutch = best; wake(); }
  }
  if (window.speechSynthesis) {
    findDutch();
    speechSynthesis.addEventListener('voiceschanged', findDutch);
  }

  // eSpeak in a worker: started once, it answers 'ready' when its Dutch
  // voice loaded, then turns each text into 16-bit samples.
  function startWorker() {
    if (voice.worker || typeof Worker === 'undefined' || Module.samenspelNoEspeak) return;
    try {
      voice.worker = new Worker('voice-worker.js');
    } catch (e) {
      return;
    }
    voice.worker.onmessage = function (e) {
      var m = e.data;
      if (m.type === 'ready') { voice.workerReady = true; wake(); }
      else if (m.type === 'audio' && m.serial === voice.serial) play(m.samples, m.rate);
      else if (m.type === 'failed' && m.serial === voice.serial) { voice.busyFlag = false; wake(); }
      else if (m.type === 'unavailable') {
        console.warn('samenspel: no fallback voice: ' + m.why);
        voice.worker.terminate();
        voice.worker = null;
        voice.workerReady = false;
        wake();
      }
    };
    voice.worker.onerror = function () { voice.worker = null; voice.workerReady = false; wake(); };
  }
  // The worker costs half a megabyte and some CPU: only started when the
  // device has shown no Dutch voice of its own after a moment.
  setTimeout(function () { if (!voice.dutch) startWorker(); }, 800);
  // Browsers (Safari above all) let audio start only from a tap: the audio
  // context is made and resumed at the first one.
  function unlock() {
    try {
      if (!voice.audio) voice.audio = new (window.AudioContext || window.webkitAudioContext)();
      voice.audio.resume();
    } catch (e) {}
  }
  window.addEventListener('pointerdown', unlock, { capture: true, once: true });
  window.addEventListener('touchend', unlock, { capture: true, once: true });
  window.addEventListener('keydown', unlock, { capture: true, once: true });

  function play(samples, rate) {
    try {
      if (!voice.audio) voice.audio = new (window.AudioContext || window.webkitAudioContext)();
      var buffer = voice.audio.createBuffer(1, samples.length, rate);
      var channel = buffer.getChannelData(0);
      for (var i = 0; i < samples.length; i++) channel[i] = samples[i] / 32768;
      var src = voice.audio.createBufferSource();
      src.buffer = buffer;
      src.connect(voice.audio.destination);
      src.onended = function () { if (voice.source === src) { voice.source = null; voice.busyFlag = false; wake(); } };
      voice.source = src;
      voice.audio.resume();
      src.start();
      Module.samenspelVoice.played = (Module.samenspelVoice.played || 0) + 1;
      Module.samenspelVoice.lastSeconds = samples.length / rate;
    } catch (e) {
      console.warn('samenspel: cannot play the voice: ' + e);
      voice.busyFlag = false;
      wake();
    }
  }

  return {
    kind: function () { return voice.dutch ? 1 : (voice.workerReady ? 2 : 0); },
    busy: function () {
      if (voice.dutch) return speechSynthesis.speaking || speechSynthesis.pending;
      return voice.busyFlag;
    },
    say: function (text, speed) {
      this.stop();
      speed = Math.max(0, Math.min(2, speed | 0));
      if (voice.dutch) {
        var u = new SpeechSynthesisUtterance(text);
        u.voice = voice.dutch;
        u.lang = voice.dutch.lang;
        u.rate = rates[speed];
        u.onend = u.onerror = wake;
        speechSynthesis.speak(u);
      } else if (voice.workerReady) {
        voice.busyFlag = true;
        voice.serial++;
        voice.worker.postMessage({ type: 'say', text: text, wpm: wordsPerMinute[speed], serial: voice.serial });
      }
    },
    stop: function () {
      if (window.speechSynthesis) speechSynthesis.cancel();
      voice.serial++;
      voice.busyFlag = false;
      if (voice.source) { try { voice.source.stop(); } catch (e) {} voice.source = null; }
    },
  };
})();
