// The web app's tests in real headless chromium (CTest runs each; see
// tests/web/CMakeLists.txt). Usage:
//   node run.mjs script SITE SCRIPT PROFILE SHOTS   a tests/ui script, by touch
//   node run.mjs persistence SITE SHOTS             reload mid-game; close during a save
//   node run.mjs offline SITE SHOTS                 the network off after the first visit
//   node run.mjs export SITE WORK CLI               export -> download -> samenspel-cli reads it
//   node run.mjs idle SITE                          no frame drawn while nothing happens
//   node run.mjs import SITE WORK CLI PROFILE        a bundle picked in the file picker comes in
//   node run.mjs coordinator SITE WORK HUB PROFILE   Settings: the coordinator's .pub picked
//   node run.mjs storage_failure SITE SHOTS          IndexedDB refuses a write: the save banner, then no loss
//   node run.mjs drawing SITE SHOTS PNG_DIFF         the page's own WebGL drawing matches SDL_Renderer's
// Scripts are the desktop's own (tests/ui/*.txt): tap, drag, swipe, type,
// key, expect, expect-not, wait, shot, relaunch (a reload of the page) and
// check touch-size run here; the desktop driver's probes of the record
// folder (check record/screen/saved/...) are for the desktop run, and
// read-aloud checks run only when the browser has a voice.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as h from './harness.mjs';

// CRC-32 as the record frame uses it (IEEE, reflected, as in zlib).
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

const [mode, site, ...rest] = process.argv.slice(2);
const errors = [];

function ok(cond, message) {
  if (!cond) throw new Error(message);
}

async function shot(page, dir, name) {
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name + '.png') });
}

async function voiceKind(page) {
  return page.evaluate(() => (Module.samenspelVoice ? Module.samenspelVoice.kind() : 0));
}

async function runScript(page, script, shots, context, url) {
  const lines = (await readFile(script, 'utf8')).split('\n');
  // The fallback voice loads in its worker a moment after the page.
  await h.voiceReady(page);
  const noVoice = (await voiceKind(page)) === 0;
  console.log(noVoice ? 'no voice in this browser: read-aloud lines are skipped' : `voice: ${(await voiceKind(page)) === 1 ? 'the device' : 'eSpeak worker'}`);
  let skipped = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line || line.startsWith('#')) continue;
    const [cmd, ...words] = line.split(/\s+/);
    const arg = line.slice(cmd.length).trim();
    const where = `${script}:${n + 1}: ${line}`;
    try {
      if (cmd === 'tap') {
        if (noVoice && /\.speak$|speaker\.|\.speak\./.test(arg) && !h.find(await h.targets(page), arg)) { skipped++; continue; }
        await h.tap(page, arg);
      } else if (cmd === 'drag') {
        const to = arg.indexOf(' to ');
        ok(to > 0, 'drag wants A to B');
        const all = await h.targets(page);
        const a = h.find(all, arg.slice(0, to).trim()), b = h.find(all, arg.slice(to + 4).trim());
        ok(a && b, 'no such widgets');
        await h.drag(page, a.x + a.w / 2, a.y + a.h / 2, b.x + b.w / 2, b.y + b.h / 2, 12);
      } else if (cmd === 'swipe') {
        const vp = page.viewportSize();
        const W = vp.width, H = vp.height;
        const d = { left: [0.8, 0.45, 0.2, 0.45], right: [0.2, 0.45, 0.8, 0.45], up: [0.5, 0.7, 0.5, 0.3], down: [0.5, 0.3, 0.5, 0.7] }[arg];
        ok(d, 'swipe wants left, right, up or down');
        await h.drag(page, W * d[0], H * d[1], W * d[2], H * d[3], 8);
      } else if (cmd === 'type') {
        // The phone's keyboard types into the hidden input, as a person would.
        ok(await page.evaluate(() => document.activeElement && document.activeElement.tagName === 'INPUT'),
          'no text field has the keyboard');
        await page.keyboard.insertText(arg);
        await h.settle(page);
      } else if (cmd === 'key') {
        const key = { escape: 'Escape', back: 'Escape', return: 'Enter', enter: 'Enter', backspace: 'Backspace', tab: 'Tab' }[arg];
        ok(key, 'key wants escape, return, backspace or tab');
        await page.keyboard.press(key);
        await h.settle(page);
      } else if (cmd === 'expect' || cmd === 'expect-not') {
        // As the desktop driver: expect = drawn (perhaps scrolled out of its
        // list), expect-not = not on screen.
        if (cmd === 'expect') await h.expectTarget(page, arg, true, 5000, true);
        else await h.expectTarget(page, arg, false);
      } else if (cmd === 'wait') {
        await page.waitForTimeout(Number(arg));
        await h.settle(page);
      } else if (cmd === 'shot') {
        await shot(page, shots, arg);
      } else if (cmd === 'relaunch') {
        await page.reload();
        await h.waitReady(page);
      } else if (cmd === 'check' && words[0] === 'touch-size') {
        const min = Number(words[1]);
        const small = (await h.targets(page)).filter((t) => t.tappable && t.enabled && (t.w < min - 0.5 || t.h < min - 0.5) &&
          t.y + t.h / 2 >= t.clip[1] && t.y + t.h / 2 < t.clip[3]);
        ok(small.length === 0, 'smaller than ' + min + ' px: ' + small.map((t) => `${t.id || t.label} ${t.w.toFixed(0)}x${t.h.toFixed(0)}`).join(', '));
      } else if (cmd === 'check' && words[0] === 'spoken') {
        if (noVoice) { skipped++; continue; }
        const said = await page.evaluate(() => Module.UTF8ToString(Module._samenspel_web_spoken()));
        const want = arg.slice('spoken'.length).trim();
        ok(said.split('\n').some((s) => s.startsWith(want)), `'${want}' was not read aloud; heard: ${said.split('\n').slice(-3).join(' | ')}`);
      } else if (cmd === 'check' || cmd === 'disk' || cmd === 'bench-idle') {
        skipped++;  // the desktop driver's probes and fault switch
      } else {
        throw new Error('unknown command');
      }
    } catch (e) {
      await shot(page, shots, 'failed').catch(() => {});
      throw new Error(`${where}\n  ${e.message}`);
    }
  }
  return skipped;
}

async function withApp(profile, fn) {
  const server = await h.serve(site);
  const browser = await h.launch();
  try {
    const context = await browser.newContext({ ...h.profiles[profile], serviceWorkers: 'allow' });
    const page = await h.open(context, server.url, errors);
    await fn({ page, context, server, url: server.url });
  } finally {
    await browser.close();
    server.close();
  }
}

function pct(values, p) {
  if (!values.length) return NaN;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(p / 100 * v.length))];
}

// Animation frames while swiping through a Tegenwicht hand, on a fresh
// page (nothing rasterised yet) with the CPU throttled `rate` times. A
// frame is the app's whole tick: from the requestAnimationFrame callback
// entering the loop to the frame presented (web_loop.cpp), with its parts.
// Returns the samples (see below) and the gaps between animation frames:
// above 16.7 ms the browser skipped a display refresh.
async function animRun(context, url, rate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await h.waitReady(page, 120000);
  let idle = null;
  if (rate === 4) {
    // Idle once the page has started: the voice, when it becomes ready,
    // brings speaker buttons (frames that show a change).
    await h.voiceReady(page, 30000);
    const f0 = await h.frames(page);
    await page.waitForTimeout(2000);
    idle = (await h.frames(page)) - f0;
  }
  await h.tap(page, 'home.deck.tegenwicht');
  await h.tap(page, 'setup.start');
  await h.tap(page, 'how-to.skip');
  await h.tap(page, 'round.ready');
  // Opening the hand (a screen change, not an animation): its slowest frame.
  await page.evaluate(() => { Module.samenspelBench = []; });
  await h.tap(page, 'pass.open');
  const opening = await page.evaluate(() => Module.samenspelBench);
  const slowest = opening.reduce((a, x) => (x[0] > a[0] ? x : a), [0]);
  await page.evaluate(() => { Module.samenspelBench = []; });
  const vp = page.viewportSize();
  // Sixty swipes through the hand and back (about 300 animation frames).
  const swipes = ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left', 'right', 'right'];
  for (const dir of Array(6).fill(swipes).flat()) {
    const [a, b] = dir === 'left' ? [0.8, 0.2] : [0.2, 0.8];
    await h.drag(page, vp.width * a, vp.height * 0.45, vp.width * b, vp.height * 0.45, 8);
  }
  // [tick, animating, events, new frame, app, render+present, pictograms made, their ms, start, draw calls]
  const samples = await page.evaluate(() => Module.samenspelBench);
  await page.close();
  const gaps = [];
  for (let i = 1; i < samples.length; i++) if (samples[i][1] && samples[i - 1][1]) gaps.push(samples[i][8] - samples[i - 1][8]);
  return { anim: samples.filter((x) => x[1]), all: samples, gaps, idle, opening: slowest };
}

// `runs` fresh pages, their animation frames pooled: on a busy 2-core
// machine one stall of the machine moves the slowest few frames of a run,
// so p99 of one run of 300 frames jumps from run to run.
async function animBench(context, url, rate, runs) {
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await animRun(context, url, rate));
  const idle = results.filter((x) => x.idle !== null).map((x) => x.idle);
  if (idle.length) console.log(`web idle_frames_2s (CPU ${rate}x): ${idle.join(' / ')}`);
  const o = results[0].opening;
  console.log(`web open_hand_slowest_frame_ms (CPU ${rate}x): ${o[0].toFixed(1)} (${o[6] || 0} pictograms made in it)`);
  const anim = results.flatMap((x) => x.anim), samples = results.flatMap((x) => x.all), gaps = results.flatMap((x) => x.gaps);
  const col = (i) => anim.map((x) => x[i]);
  const stats = (v) => `p50 ${pct(v, 50).toFixed(2)} / p95 ${pct(v, 95).toFixed(2)} / p99 ${pct(v, 99).toFixed(2)} / max ${Math.max(...v).toFixed(2)}`;
  console.log(`web anim_frames (CPU ${rate}x, ${runs} runs pooled): ${anim.length}; anim_frame_p50_ms: ${pct(col(0), 50).toFixed(2)}; ` +
    `anim_frame_p95_ms: ${pct(col(0), 95).toFixed(2)}; anim_frame_p99_ms: ${pct(col(0), 99).toFixed(2)} (budget 16.7)`);
  const over = col(0).filter((ms) => ms > 16.7).length;
  console.log(`  over 16.7 ms: ${over} of ${anim.length} frames (${(100 * over / Math.max(1, anim.length)).toFixed(1)} %; p99 within budget means at most 1 %)`);
  if (runs > 1) console.log(`  p99 of each run: ${results.map((x) => pct(x.anim.map((f) => f[0]), 99).toFixed(1)).join(' / ')}`);
  console.log(`  tick (rAF to present)      ${stats(col(0))}`);
  console.log(`  new frame to present       ${stats(anim.map((x) => x[0] - x[2]))}`);
  console.log(`  events                     ${stats(col(2))}`);
  console.log(`  new frame (fonts, input)   ${stats(col(3))}`);
  console.log(`  app (screens, pictograms)  ${stats(col(4))}`);
  console.log(`  render + present           ${stats(col(5))}`);
  console.log(`  pictograms made: ${col(6).reduce((a, b) => a + b, 0)} in ${col(7).reduce((a, b) => a + b, 0).toFixed(1)} ms` +
    ` (all frames: ${samples.reduce((a, x) => a + x[6], 0)})`);
  console.log(`  draw calls per frame: p50 ${pct(col(9), 50)} / max ${Math.max(...col(9))}`);
  if (gaps.length) console.log(`  gap between animation frames: ${stats(gaps)}`);
  const worst = [...anim].sort((a, b) => b[0] - a[0]).slice(0, 5);
  console.log('  slowest: ' + worst.map((x) => `${x[0].toFixed(1)} (ev ${x[2].toFixed(1)}, new ${x[3].toFixed(1)}, app ${x[4].toFixed(1)}` +
    `, render ${x[5].toFixed(1)}, ${x[6]} picto ${x[7].toFixed(1)})`).join('; '));
}

// The benchmark (not a test; numbers for the note): sizes, first frame with
// the CPU throttled 4x (a mid-range phone) on a warm cache, animation frame
// times, idle frames; the desktop's numbers of the same run beside them.
async function bench(driver) {
  const { gzipSync } = await import('node:zlib');
  const { readdirSync, statSync, readFileSync } = await import('node:fs');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(site, dir))) {
      const rel = dir ? dir + '/' + name : name;
      if (statSync(join(site, rel)).isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('');
  const gz = (f) => gzipSync(readFileSync(join(site, f)), { level: 9 }).length;
  const first = ['index.html', 'samenspel.js', 'samenspel.wasm', 'samenspel.data', 'icons/icon-192.png'];
  const firstGz = first.reduce((a, f) => a + gz(f), 0);
  const allGz = files.reduce((a, f) => a + gz(f), 0);
  const allRaw = files.reduce((a, f) => a + statSync(join(site, f)).size, 0);
  console.log('file sizes (raw / gzip -9):');
  for (const f of files.sort()) console.log(`  ${f}: ${statSync(join(site, f)).size} / ${gz(f)}`);
  console.log(`web first_frame_needs_gzip_mb: ${(firstGz / 1e6).toFixed(2)} (budget 4)`);
  console.log(`web offline_cache_gzip_mb: ${(allGz / 1e6).toFixed(2)} (raw ${(allRaw / 1e6).toFixed(2)}; budget 15)`);

  const server = await h.serve(site);
  const browser = await h.launch();
  try {
    const context = await browser.newContext({ ...h.profiles.phone, serviceWorkers: 'allow' });
    const warmup = await h.open(context, server.url, errors);
    await warmup.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active, null, { timeout: 30000 });
    await warmup.close();
    for (const rate of [1, 4]) {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(server.url);
        await h.waitReady(page, 120000);
        times.push(await page.evaluate(() => Module.samenspelPage.firstFrameMs));
        await page.close();
      }
      console.log(`web first_frame_ms (warm cache, CPU ${rate}x): ${times.map((t) => t.toFixed(0)).join(' / ')}; median ${pct(times, 50).toFixed(0)}`);
    }
    await animBench(context, server.url, 1, 1);
    await animBench(context, server.url, 4, 3);
  } finally {
    await browser.close();
    server.close();
  }
  if (driver) {
    const out = execFileSync(driver, ['--bench'], { encoding: 'utf8', env: { ...process.env, SDL_VIDEODRIVER: 'dummy' } });
    console.log('desktop (samenspel-driver --bench, same run):');
    for (const line of out.split('\n').filter((l) => /first_frame_ms|idle_frames|anim_frame|peak_rss/.test(l))) console.log('  ' + line.trim());
  }
}

async function main() {
  if (mode === 'script') {
    const [script, profile, shots] = rest;
    await withApp(profile, async ({ page, context, url }) => {
      const skipped = await runScript(page, script, shots, context, url);
      console.log(`script done (${skipped} desktop-only or voice lines skipped)`);
    });
  } else if (mode === 'persistence') {
    const [shots] = rest;
    await withApp('phone', async ({ page }) => {
      // Into a Tegenwicht game, a few moves in.
      await h.tap(page, 'Tegenwicht');
      await h.tap(page, 'setup.start');
      await h.tap(page, 'how-to.skip');
      await h.tap(page, 'round.ready');
      // The "give the device to ..." screen: a reload brings it back as it
      // was (a hand is never shown again after a restart, by design).
      await shot(page, shots, '01-before-reload');
      const before = (await h.targets(page)).map((t) => t.id).join(' ');
      // Reload: the same screen, the same hand.
      await page.reload();
      await h.waitReady(page);
      await shot(page, shots, '02-after-reload');
      const after = (await h.targets(page)).map((t) => t.id).join(' ');
      ok(after === before, `after a reload the screen differs:\n  before: ${before}\n  after:  ${after}`);
      // A pick, and the page closed at once, while its save may still be on
      // its way to IndexedDB: reopened, the game is there, at the pick or
      // just before it, never damaged.
      await h.tap(page, 'pass.open');
      const pick = h.find(await h.targets(page), 'hand.pick');
      const context = page.context();
      const url = page.url();
      // The tap, and the page closed at once: its save may be half-way to
      // IndexedDB. Reopened, the game is there, at the pick or just before.
      await page.touchscreen.tap(pick.x + pick.w / 2, pick.y + pick.h / 2);
      await page.close({ runBeforeUnload: true });
      const again = await h.open(context, url, errors);
      await shot(again, shots, '03-reopened');
      await h.tap(again, 'home.resume.0');
      await shot(again, shots, '04-resumed');
      await h.expectTarget(again, 'pass.open');
      console.log('reload kept the screen; closed during a save, the game resumed at the pass screen');
    });
  } else if (mode === 'drawing') {
    // The page draws ImGui's triangles to WebGL itself (webgl_draw.cpp);
    // the same frames drawn through SDL_Renderer must look the same: text,
    // pictograms from the atlas, see-through shadows, clipped lists.
    const [shots, pngDiff] = rest;
    await withApp('phone', async ({ page }) => {
      // The fallback voice loads a moment after the page and adds speaker
      // buttons: both pictures must come after that.
      await h.voiceReady(page);
      const frames = () => page.evaluate(() => Module._samenspel_web_frames());
      const both = async (name) => {
        await shot(page, shots, `${name}-webgl`);
        const before = await frames();
        await page.evaluate(() => Module._samenspel_web_draw_with_sdl(1));
        await page.waitForFunction((n) => Module._samenspel_web_frames() > n, before);
        await h.settle(page);
        await shot(page, shots, `${name}-sdl`);
        await page.evaluate(() => Module._samenspel_web_draw_with_sdl(0));
        await page.waitForFunction((n) => Module._samenspel_web_frames() > n + 1, before);
        await h.settle(page);
        // png_diff: at most 0.2 % of the pixels off by more than 24 levels.
        try {
          console.log(execFileSync(pngDiff, [join(shots, `${name}-webgl.png`), join(shots, `${name}-sdl.png`)],
            { encoding: 'utf8' }).trim());
        } catch (e) {
          throw new Error(`${name}: WebGL and SDL_Renderer differ: ${e.stdout || ''}${e.stderr || ''}`);
        }
      };
      await both('01-home');
      await h.tap(page, 'Tegenwicht');
      await h.tap(page, 'setup.start');
      await h.tap(page, 'how-to.skip');
      await h.tap(page, 'round.ready');
      await h.tap(page, 'pass.open');
      await both('02-hand');
      console.log('WebGL and SDL_Renderer draw the same pictures');
    });
  } else if (mode === 'offline') {
    const [shots] = rest;
    const server = await h.serve(site);
    const browser = await h.launch();
    try {
      const context = await browser.newContext({ ...h.profiles.phone, serviceWorkers: 'allow' });
      const page = await h.open(context, server.url, errors);
      // The service worker has every file before the app counts as installed.
      await page.waitForFunction(async () => {
        const r = await navigator.serviceWorker.ready;
        return !!r.active;
      }, null, { timeout: 30000 });
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const c = await caches.open(keys.find((k) => k.startsWith('samenspel-')));
        return (await c.keys()).length;
      });
      server.online.value = false;
      await context.setOffline(true);
      const offline = await h.open(context, server.url, errors);
      await h.tap(offline, 'Samenleergesprek');
      await shot(offline, shots, '01-offline-setup');
      await h.expectTarget(offline, 'setup.start');
      console.log(`offline start works (${cached} files in the offline cache)`);
    } finally {
      await browser.close();
      server.close();
    }
  } else if (mode === 'export') {
    const [work, cli] = rest;
    await mkdir(work, { recursive: true });
    const pass = 'samen aan tafel met koffie';
    await writeFile(join(work, 'pass.txt'), pass + '\n');
    await withApp('phone', async ({ page }) => {
      // Two stopped games: sessions to export.
      for (let i = 0; i < 2; i++) {
        await h.tap(page, 'Tegenwicht');
        await h.tap(page, 'setup.start');
        if (h.find(await h.targets(page), 'how-to.skip')) await h.tap(page, 'how-to.skip');
        await h.tap(page, 'round.ready');
        await h.tap(page, 'game.stop');
        await h.tap(page, 'stop.confirm');
        await h.expectTarget(page, 'home.export', true, 5000, true);
      }
      await h.tap(page, 'home.export');
      await h.tap(page, 'export.pass1');
      await page.keyboard.insertText(pass);
      await page.keyboard.press('Enter');
      await h.tap(page, 'export.pass2');
      await page.keyboard.insertText(pass);
      await page.keyboard.press('Enter');
      await h.settle(page);
      await h.expectTarget(page, 'export.match');
      await shot(page, join(work, 'shots'), '01-export-form');
      await h.tap(page, 'export.sealed');
      await h.expectTarget(page, 'export.result.sealed');
      await shot(page, join(work, 'shots'), '02-export-done');
      // The bundle leaves the phone as a download.
      const [download] = await Promise.all([page.waitForEvent('download'), h.tap(page, 'export.download')]);
      const file = join(work, download.suggestedFilename());
      await download.saveAs(file);
      const listed = execFileSync(cli, ['records', 'list', file, '--passphrase-file', join(work, 'pass.txt')], { encoding: 'utf8' });
      const lines = listed.trim().split('\n').filter(Boolean);
      ok(lines.length === 2, 'samenspel-cli should list 2 records in the downloaded bundle, got:\n' + listed);
      console.log(`downloaded ${download.suggestedFilename()}; samenspel-cli lists ${lines.length} records`);
      // Without the passphrase it cannot be read.
      let refused = false;
      try { execFileSync(cli, ['records', 'list', file], { encoding: 'utf8', stdio: 'pipe' }); } catch { refused = true; }
      ok(refused, 'a sealed bundle must not list without its passphrase');
    });
  } else if (mode === 'idle') {
    await withApp('phone', async ({ page }) => {
      await h.voiceReady(page);  // its speaker buttons are a change, not idle
      await h.tap(page, 'home.beeldmodus');
      const f0 = await h.frames(page);
      const t0 = await page.evaluate(() => Module._samenspel_web_ticks());
      await page.waitForTimeout(2000);
      const f1 = await h.frames(page);
      const t1 = await page.evaluate(() => Module._samenspel_web_ticks());
      console.log(`idle 2 s: ${f1 - f0} frames drawn, ${t1 - t0} loop ticks`);
      ok(f1 - f0 === 0 && t1 - t0 === 0, `an idle page drew ${f1 - f0} frames (${t1 - t0} ticks) in 2 s`);
      // The switch is a setting the app writes itself (not a record): it
      // reaches IndexedDB too (Services::dataWritten) and is on after a reload.
      await page.reload();
      await h.waitReady(page);
      const settings = await page.evaluate(() => FS.readFile('/data/settings.txt', { encoding: 'utf8' }));
      ok(/^beeldmodus=1$/m.test(settings), `after a reload settings.txt says:\n${settings}`);
      console.log('Beeldmodus is still on after a reload');
    });
  } else if (mode === 'import') {
    // Issue 9: a coach's new phone takes the sessions of the old one from
    // a bundle the old one exported (made here by samenspel-cli), through
    // the browser's own file picker.
    const [work, cli, profile] = rest;
    const shots = join(work, 'shots');
    execFileSync('rm', ['-rf', work]);  // a fresh old phone each run
    await mkdir(join(work, 'old'), { recursive: true });
    const pass = 'oude telefoon nieuwe telefoon';
    await writeFile(join(work, 'pass.txt'), pass + '\n');
    const ids = [];
    for (const seed of [41, 42, 43])
      ids.push(execFileSync(cli, ['simulate', '--deck', 'tegenwicht', '--seed', String(seed), '--seats', '3', '--rounds', '1',
        '--dir', join(work, 'old')], { encoding: 'utf8' }).trim());
    const bundle = join(work, 'samenspel-oude-telefoon.ssb');
    execFileSync(cli, ['records', 'export', join(work, 'old'), '-o', bundle, '--all', '--passphrase-file', join(work, 'pass.txt')]);
    const pick = async (page, id, file = bundle) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 60000 }), h.tap(page, id)]);
      await chooser.setFiles(file);
    };
    // Types a passphrase into the import screen's field and opens the file with it.
    const unlock = async (page, text) => {
      await h.tap(page, 'import.pass');
      await page.keyboard.insertText(text);
      await page.keyboard.press('Enter');
      await h.settle(page);
      await h.tap(page, 'import.unlock');
    };
    const sessionRows = async (page) => (await h.targets(page)).filter((t) => /^sessions\.\d+$/.test(t.id)).length;
    await withApp(profile, async ({ page }) => {
      await h.tap(page, 'home.export');
      await h.tap(page, 'export.import');
      await h.expectTarget(page, 'import.pick');
      await shot(page, shots, '01-choose');
      await pick(page, 'import.pick');
      await h.expectTarget(page, 'import.pass', true, 10000);
      await shot(page, shots, '02-passphrase');
      if (profile === 'tablet') {  // the tablet run: the screens' layout, the way straight through
        await unlock(page, pass);
        await h.expectTarget(page, 'import.result.added', true, 10000);
        await shot(page, shots, '04-done');
        await h.tap(page, 'import.sessions');
        await shot(page, shots, '05-sessions');
        ok((await sessionRows(page)) === 3, `the sessions list shows ${await sessionRows(page)} sessions, not 3`);
        console.log('tablet: picked, opened with the passphrase, 3 sessions listed');
        return;
      }
      await unlock(page, 'oude telefoon');
      await h.expectTarget(page, 'import.wrong', true, 10000);
      await shot(page, shots, '03-wrong-passphrase');
      await unlock(page, pass);
      await h.expectTarget(page, 'import.result.added', true, 10000);
      const added = h.find(await h.targets(page), 'import.result.added');
      ok(added.label === '3', `expected 3 new sessions, the screen says ${added.label}`);
      await shot(page, shots, '04-done');
      await h.tap(page, 'import.sessions');
      await shot(page, shots, '05-sessions');
      ok((await sessionRows(page)) === 3, `the sessions list shows ${await sessionRows(page)} sessions, not 3`);
      // In IndexedDB: after a reload the three are there.
      await page.reload();
      await h.waitReady(page);
      await h.tap(page, 'home.sessions');
      ok((await sessionRows(page)) === 3, `after a reload the list shows ${await sessionRows(page)} sessions, not 3`);
      await shot(page, shots, '06-after-reload');
      // The same file again: nothing twice.
      await page.keyboard.press('Escape');
      await h.settle(page);
      await h.tap(page, 'home.export');
      await h.tap(page, 'export.import');
      await pick(page, 'import.pick');
      await h.expectTarget(page, 'import.pass', true, 10000);
      await unlock(page, pass);
      await h.expectTarget(page, 'import.result.already', true, 10000);
      ok(h.find(await h.targets(page), 'import.result.added').label === '0', 'a second import added sessions');
      await shot(page, shots, '07-again');
      await h.tap(page, 'import.sessions');
      ok((await sessionRows(page)) === 3, `after a second import the list shows ${await sessionRows(page)} sessions, not 3`);
      // A damaged bundle: its first record cut in half behind a frame whose
      // length and CRC are right, so only decoding finds it (a C++
      // exception inside the wasm, caught). A clear message, nothing taken,
      // the three sessions still there.
      const plain = join(work, 'plain.ssb');
      execFileSync(cli, ['records', 'export', join(work, 'old'), '-o', plain, '--all']);
      const bytes = await readFile(plain);
      const length = bytes.readUInt32LE(20 + 12);
      const cut = bytes.subarray(40, 40 + Math.floor(length / 2));
      const head = Buffer.from(bytes.subarray(20, 40));
      head.writeUInt32LE(cut.length, 12);
      head.writeUInt32LE(crc32(cut), 16);
      const damaged = join(work, 'samenspel-beschadigd.ssb');
      await writeFile(damaged, Buffer.concat([bytes.subarray(0, 20), head, cut, bytes.subarray(40 + length)]));
      await page.keyboard.press('Escape');  // back from the sessions to the import's result
      await h.settle(page);
      await h.tap(page, 'import.done');
      await h.tap(page, 'home.export');
      await h.tap(page, 'export.import');
      await pick(page, 'import.pick', damaged);
      await h.expectTarget(page, 'import.problem', true, 10000);
      await shot(page, shots, '08-damaged');
      await h.tap(page, 'import.done');
      await h.tap(page, 'home.sessions');
      ok((await sessionRows(page)) === 3, `after a damaged bundle the list shows ${await sessionRows(page)} sessions, not 3`);
      console.log(`picked ${bundle}: 3 sessions in, none twice, all there after a reload; a damaged bundle refused, nothing lost`);
    });
  } else if (mode === 'coordinator') {
    // Issue 11 on a phone: Settings takes the coordinator's .pub from the
    // file picker, shows its words, and keeps it after a reload.
    const [work, hub, profile] = rest;
    const shots = join(work, 'shots');
    await mkdir(work, { recursive: true });
    execFileSync('rm', ['-f', join(work, 'coord.key'), join(work, 'coord.pub')]);
    const keygen = execFileSync(hub, ['keygen', '-o', join(work, 'coord')], { encoding: 'utf8' });
    const words = (keygen.match(/fingerprint: ([a-z ]+)/) || [])[1];
    ok(words, 'keygen printed no fingerprint:\n' + keygen);
    await withApp(profile, async ({ page }) => {
      await h.tap(page, 'home.settings');
      await h.expectTarget(page, 'settings.coordinator.pick', true, 5000, true);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 60000 }), h.tap(page, 'settings.coordinator.pick')]);
      await chooser.setFiles(join(work, 'coord.pub'));
      await h.expectTarget(page, 'settings.coordinator.words', true, 10000, true);
      await h.tap(page, 'settings.coordinator.words').catch(() => {});  // scrolls it into view for the screenshot
      const shown = h.find(await h.targets(page), 'settings.coordinator.words').label;
      ok(shown.trim() === words.trim(), `Settings shows '${shown}', keygen said '${words}'`);
      await shot(page, shots, '01-coordinator-words');
      await page.reload();
      await h.waitReady(page);
      await h.tap(page, 'home.settings');
      await h.expectTarget(page, 'settings.coordinator.words', true, 5000, true);
      console.log(`the key's words (${words}) are shown, and still after a reload`);
    });
  } else if (mode === 'storage_failure') {
    // Issue 9 point 4: IndexedDB refuses a write (a full phone). The person
    // sees the save banner, not only a log line; the next write that works
    // clears it, and nothing is lost.
    const [shots] = rest;
    await withApp('phone', async ({ page }) => {
      await page.evaluate(() => {
        window.samenspelRealPut = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function () { throw new DOMException('the disk is full', 'QuotaExceededError'); };
      });
      await h.tap(page, 'Tegenwicht');
      await h.tap(page, 'setup.start');
      await h.tap(page, 'how-to.skip');
      await h.expectTarget(page, 'save.retry', true, 5000);
      await shot(page, shots, '01-banner');
      await h.tap(page, 'game.stop');
      await h.tap(page, 'stop.confirm');
      await h.expectTarget(page, 'save.retry', true, 5000);
      await shot(page, shots, '02-banner-home');
      const failed = await page.evaluate(() => Module.samenspelPage.persistFailures);
      ok(failed > 0, 'no write to IndexedDB failed: the stub did not bite');
      await page.evaluate(() => { IDBObjectStore.prototype.put = window.samenspelRealPut; });
      await h.tap(page, 'save.retry');
      await h.expectTarget(page, 'save.retry', false, 5000);
      await shot(page, shots, '03-saved');
      await page.reload();
      await h.waitReady(page);
      await h.expectTarget(page, 'home.past.0', true, 5000, true);
      await shot(page, shots, '04-after-reload');
      console.log(`IndexedDB refused ${failed} writes: the banner showed; after the retry it went, and the stopped game is there after a reload`);
    });
  } else if (mode === 'bench') {
    await bench(rest[0]);
  } else {
    throw new Error('unknown mode ' + mode);
  }
  if (errors.length) throw new Error('console errors:\n  ' + errors.join('\n  '));
}

main().then(() => process.exit(0), (e) => { console.error(e.message || e); process.exit(1); });
