// The page's side of the web platform (linked with --pre-js): the data
// folder on IndexedDB, the page hooks (back button, hidden, closed), the
// hidden input that brings up the phone's keyboard, the file picker,
// downloads and the share sheet, and the voice. platform/web/web_platform.cpp calls into
// Module.samenspelPage; the page calls back through Module._samenspel_web_*.
/* global Module, FS, IDBFS, addRunDependency, removeRunDependency */
'use strict';

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  // The data folder lives in IndexedDB; it is read back before main() so
  // the app starts with every record it had, exactly as on the desktop.
  FS.mkdir('/data');
  FS.mount(IDBFS, {}, '/data');
  addRunDependency('samenspel-data');
  FS.syncfs(true, function (err) {
    if (err) console.warn('samenspel: the stored data could not be read back: ' + err);
    removeRunDependency('samenspel-data');
  });
  // Ask the browser not to clear our data when space runs low.
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persisted().then(function (yes) {
      if (yes) { Module.samenspelPage.persisted = true; return; }
      return navigator.storage.persist().then(function (granted) { Module.samenspelPage.persisted = !!granted; });
    }).catch(function () {});
  }
});

Module.samenspelPage = (function () {
  var page = {
    persisted: false,
    persistFailures: 0,  // writes IndexedDB refused (the browser tests read it)
    firstFrameMs: -1,
    input: null,
  };

  // Into the app; only once main() has run (before that there is no app,
  // and a voice or an event that comes early has nothing to wake).
  function call(name) {
    var f = Module['_samenspel_web_' + name];
    if (page.started && f) f.apply(null, Array.prototype.slice.call(arguments, 1));
  }
  page.call = call;

  // A reload, a step back to the page, or a tab the phone discarded in the
  // background and loads again: the same page coming back, not a new start.
  page.cameBack = function () {
    if (document.wasDiscarded) return true;
    var nav = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    return !!nav && (nav.type === 'reload' || nav.type === 'back_forward');
  };

  page.firstFrame = function () {
    page.firstFrameMs = performance.now();
    console.log('samenspel: first frame at ' + page.firstFrameMs.toFixed(0) + ' ms');
    var cover = document.getElementById('loading');
    if (cover) cover.remove();
  };

  page.installHooks = function () {
    page.started = true;
    // The browser's and Android's back button: one screen back in the app,
    // never off the page (an entry is kept on the history stack for it).
    history.replaceState({ samenspel: 'start' }, '');
    history.pushState({ samenspel: 'app' }, '');
    window.addEventListener('popstate', function () {
      history.pushState({ samenspel: 'app' }, '');
      call('back');
    });
    // No frame runs while the page is hidden: save and write back now.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') call('hidden');
    });
    window.addEventListener('pagehide', function () { call('hidden'); });
    // The keyboard opening or closing changes the visual viewport.
    if (window.visualViewport) window.visualViewport.addEventListener('resize', function () { call('wake'); });
  };

  // Writes the data folder back to IndexedDB; the app takes no input until
  // it is done (web_loop.cpp).
  page.persist = function () {
    FS.syncfs(false, function (err) {
      // The app shows its save banner until a later write works (not only a log line).
      if (err) page.persistFailures++, console.warn('samenspel: could not write to IndexedDB: ' + err);
      call('persisted', err ? 0 : 1);
    });
  };

  // The phone's own keyboard: a hidden input takes focus while a text field
  // of the app is active. Each character goes to the app as SDL text; the
  // input is emptied after each, so nothing is typed twice.
  function makeInput() {
    var el = document.createElement('input');
    el.type = 'text';
    el.setAttribute('autocomplete', 'off');
    el.setAttribute('autocapitalize', 'sentences');
    el.setAttribute('enterkeyhint', 'done');
    el.setAttribute('aria-hidden', 'true');
    // 16 px: iOS zooms the page into smaller inputs.
    el.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;font-size:16px;' +
      'border:0;padding:0;margin:0;background:transparent;color:transparent;caret-color:transparent';
    var keys = { Backspace: 1, Enter: 2, Escape: 3, Tab: 4, ArrowLeft: 5, ArrowRight: 6, Delete: 7 };
    el.addEventListener('keydown', function (e) {
      e.stopPropagation();  // SDL's own key handlers would type it a second time
      if (keys[e.key]) { e.preventDefault(); call('key', keys[e.key]); }
    });
    el.addEventListener('keypress', function (e) { e.stopPropagation(); });
    el.addEventListener('keyup', function (e) { e.stopPropagation(); });
    el.addEventListener('beforeinput', function (e) {
      if (e.inputType === 'deleteContentBackward') { e.preventDefault(); call('key', 1); }
      else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') { e.preventDefault(); call('key', 2); }
    });
    el.addEventListener('input', function () {
      if (el.value) { Module.ccall('samenspel_web_text', null, ['string'], [el.value]); el.value = ''; }
    });
    document.body.appendChild(el);
    return el;
  }

  page.textInput = function (on) {
    if (on) {
      if (!page.input) page.input = makeInput();
      page.input.focus({ preventScroll: true });
    } else if (page.input) {
      page.input.blur();
    }
  };

  // CSS pixels of the screen hidden by the keyboard (0 when none).
  page.keyboardHeight = function () {
    var vv = window.visualViewport;
    if (!vv) return 0;
    return Math.max(0, window.innerHeight - vv.height - vv.offsetTop);
  };

  // The browser's own file picker: a hidden file input, clicked while the
  // tap that asked for it still counts as the person's action. The picked
  // file is copied into the app's file system (/tmp/pick, memory only: it
  // is not data of the app until the app takes sessions from it) and its
  // path goes to the app. A picker closed without a file changes nothing.
  var pickKinds = [
    { accept: '.ssb,application/octet-stream', max: 64 * 1024 * 1024 },  // a bundle (import_screen.h)
    { accept: '.pub,text/plain', max: 64 * 1024 },                       // the coordinator's key
  ];
  page.pickFile = function (kind) {
    var spec = pickKinds[kind] || pickKinds[0];
    if (page.picker) page.picker.remove();
    var el = document.createElement('input');
    el.type = 'file';
    el.id = 'samenspel-pick';
    el.setAttribute('data-kind', String(kind));
    // Android's picker offers no .ssb type; accept stays a hint there.
    el.accept = spec.accept;
    el.style.cssText = 'position:fixed;left:-100px;top:0;width:1px;height:1px;opacity:0';
    el.addEventListener('change', function () {
      var file = el.files && el.files[0];
      el.remove();
      if (page.picker === el) page.picker = null;
      if (!file) return;
      // Larger than any file of this kind: its name goes to the app, which
      // says it is not a Samenspel file, without reading it into memory.
      var tooBig = file.size > spec.max;
      (tooBig ? Promise.resolve(new ArrayBuffer(0)) : file.arrayBuffer()).then(function (buf) {
        var dir = '/tmp/pick';
        try { FS.mkdirTree(dir); } catch (e) { /* there already */ }
        FS.readdir(dir).forEach(function (n) { if (n !== '.' && n !== '..') FS.unlink(dir + '/' + n); });
        var name = (file.name || 'bestand').replace(/[\/\\\u0000-\u001f]/g, '_').slice(-120);
        var path = dir + '/' + name;
        FS.writeFile(path, new Uint8Array(buf));
        Module.ccall('samenspel_web_picked', null, ['string', 'number'], [path, kind]);
      }).catch(function (e) {
        console.warn('samenspel: the picked file could not be read: ' + e);
      });
    });
    document.body.appendChild(el);
    page.picker = el;
    el.click();
  };

  function fileOf(path) {
    var data = FS.readFile(path);
    var name = path.split('/').pop();
    return new File([data], name, { type: 'application/octet-stream' });
  }

  // A copy in the browser's downloads.
  page.download = function (path) {
    try {
      var file = fileOf(path);
      var a = document.createElement('a');
      a.href = URL.createObjectURL(file);
      a.download = file.name;
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 10000);
    } catch (e) {
      console.warn('samenspel: download failed: ' + e);
    }
  };

  page.canShare = function () {
    try {
      return !!(navigator.canShare && navigator.canShare({ files: [new File(['x'], 'x.samenspel', { type: 'application/octet-stream' })] }));
    } catch (e) {
      return false;
    }
  };

  // The system share sheet (mail, chat, files); a person who closes it has
  // not made a mistake, so that is no error.
  page.share = function (path) {
    try {
      navigator.share({ files: [fileOf(path)], title: 'Samenspel' }).catch(function (e) {
        if (e && e.name !== 'AbortError') console.warn('samenspel: share failed: ' + e);
      });
    } catch (e) {
      console.warn('samenspel: share failed: ' + e);
    }
  };

  return page;
})();
