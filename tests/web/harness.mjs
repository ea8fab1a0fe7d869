// The web app in Debian's headless chromium, driven by playwright-core:
// a static server for build/web on a free port, phone and tablet profiles,
// taps and drags as real touch events, the app's own targets (by id, as
// samenspel-driver taps on the desktop), idle detection and screenshots.
// Every console error fails the test that saw it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const profiles = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  tabletPortrait: { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.txt': 'text/plain', '.svg': 'image/svg+xml',
};

// A static server for the site; `online.value = false` answers every
// request with a network error (the phone went offline).
export async function serve(root) {
  const online = { value: true };
  const server = createServer(async (req, res) => {
    if (!online.value) { req.socket.destroy(); return; }
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, online, close: () => server.close() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-features=Translate,MediaRouter', '--autoplay-policy=no-user-gesture-required'],
  });
}

// A page of the app with its console watched.
export async function open(context, url, errors) {
  const page = await context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (process.env.SAMENSPEL_WEB_VERBOSE) console.log('  [page] ' + text);
    if (m.type() === 'error') errors.push(text);
  });
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  await page.goto(url);
  await waitReady(page);
  return page;
}

export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => window.Module && Module.samenspelPage && Module.samenspelPage.firstFrameMs >= 0,
    null, { timeout });
  await settle(page);
}

// Until the loop has paused (nothing owed, no animation, data written).
export async function settle(page, timeout = 20000) {
  await page.waitForFunction(() => Module._samenspel_web_idle && Module._samenspel_web_idle() === 1,
    null, { timeout, polling: 20 });
}

// Until the read-aloud voice is ready (or 8 s passed: the browser may have
// none) and the frames that show its speaker buttons are drawn.
export async function voiceReady(page, timeout = 8000) {
  await page.waitForFunction(() => Module.samenspelVoice.kind() !== 0, null, { timeout }).catch(() => {});
  await settle(page);
}

export async function targets(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._samenspel_web_targets())));
}

const visible = (t) => {
  const cx = t.x + t.w / 2, cy = t.y + t.h / 2;
  return cy >= t.clip[1] && cy < t.clip[3] && cx >= t.clip[0] && cx < t.clip[2];
};

// As HitTargets::find: exact id, exact label, then a label that starts
// with the name; a visible one wins.
export function find(all, name) {
  let best = null, bestScore = 0;
  for (const t of all) {
    let score = t.id === name ? 6 : t.label === name ? 4 : (name && t.label.startsWith(name)) ? 2 : 0;
    if (!score) continue;
    if (visible(t)) score += 1;
    if (score > bestScore) { best = t; bestScore = score; }
  }
  return best;
}

// One DevTools session per page: a touch that starts in one session must
// move and end in the same one.
const sessions = new WeakMap();
async function touch(page, type, points) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Input.dispatchTouchEvent', { type, touchPoints: points });
}

export async function drag(page, x1, y1, x2, y2, steps = 10) {
  await touch(page, 'touchStart', [{ x: x1, y: y1 }]);
  for (let i = 1; i <= steps; i++) {
    await touch(page, 'touchMove', [{ x: x1 + (x2 - x1) * i / steps, y: y1 + (y2 - y1) * i / steps }]);
    await page.waitForTimeout(16);
  }
  await touch(page, 'touchEnd', []);
  await settle(page);
}

// Taps a target by id or label, scrolling its list into view first, the
// way a person would (a drag inside the list).
export async function tap(page, name) {
  for (let tries = 0; tries < 12; tries++) {
    const all = await targets(page);
    const t = find(all, name);
    if (!t) throw new Error(`no widget '${name}' was drawn; visible: ${all.filter(visible).map((x) => x.id || x.label).join(', ')}`);
    if (!t.enabled) throw new Error(`'${name}' is drawn but disabled`);
    if (!visible(t)) {
      const cy = (t.clip[1] + t.clip[3]) / 2, h = t.clip[3] - t.clip[1];
      const dy = Math.max(-0.4 * h, Math.min(0.4 * h, t.y + t.h / 2 - cy));
      const cx = Math.max(t.clip[0] + 4, Math.min(t.clip[2] - 4, t.x + t.w / 2));
      await drag(page, cx, cy + dy / 2, cx, cy - dy / 2, 8);
      continue;
    }
    await page.touchscreen.tap(t.x + t.w / 2, t.y + t.h / 2);
    await settle(page);
    return t;
  }
  throw new Error(`'${name}' stays out of view`);
}

// `anywhere`: drawn, even if scrolled out of its list.
export async function expectTarget(page, name, present = true, timeout = 5000, anywhere = false) {
  const until = Date.now() + timeout;
  for (;;) {
    const t = find(await targets(page), name);
    const seen = !!t && (anywhere || visible(t));
    if (seen === present) return;
    if (Date.now() > until) throw new Error(present ? `expected '${name}' on screen` : `'${name}' should not be on screen`);
    await page.waitForTimeout(50);
  }
}

export async function frames(page) {
  return page.evaluate(() => Module._samenspel_web_frames());
}
