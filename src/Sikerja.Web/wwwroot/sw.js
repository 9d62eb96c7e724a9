// Keeps the shell of "Hari ini" on the phone: the page opens without signal (last copy) and its check-ins wait
// in the page's queue. Pages are fetched from the network first, so a copy is only ever a fallback.
const CACHE = 'sikerja-shell-v1';
const SHELL = ['/Attendance', '/css/site.css', '/js/attendance.js', '/manifest.webmanifest', '/img/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const shell = SHELL.includes(url.pathname);
  if (!shell) return;
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
      }
      return response;
    })
    .catch(() => caches.match(url.pathname)));
});
