// Samenspel's service worker (made from platform/web/site/sw.js by
// make_site.py). Every file of one version goes into one cache named after
// that version, fetched past the HTTP cache, and is served from there:
// the app starts with the network off, and an old wasm never meets new
// assets. A new version installs beside the old one and takes over when
// no page of the old one is open any more; it then removes the old cache.
'use strict';
const VERSION = '@VERSION@';
const FILES = ['@FILES@'];
const CACHE = 'samenspel-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('samenspel-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then((cache) => {
    // The page itself, under any of its addresses.
    const key = request.mode === 'navigate' ? './' : request;
    return cache.match(key, { ignoreSearch: true }).then((hit) => hit || fetch(request));
  }));
});
