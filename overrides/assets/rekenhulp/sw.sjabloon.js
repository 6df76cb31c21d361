// Service worker of Verzuimwijzer, generated at build __BOUW__ by overrides/hooks/pyodide_bouw.py.
// Pages: network first, the cache when offline. Everything else: cache first. The Python runtime
// and the calculators zip have versioned names, so they are cached as they are first used.
const CACHE = "verzuimwijzer-__BOUW__";
const PRECACHE = "__PRECACHE__";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((namen) => Promise.all(namen.filter((n) => n.startsWith("verzuimwijzer-") && n !== CACHE)
      .map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// Only a whole, good answer is kept (200, our own origin): never an error page or a partial
// (206) answer, so one failed download of the runtime is fetched again on the next visit (issue 21). Storing
// happens beside the answer: a download that breaks off is not stored and does not fail the page's request
// a second time.
function bewaar(event, request, response) {
  if (response.status === 200 && response.type === "basic") {
    const kopie = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, kopie)).catch(() => {}));
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then((r) => bewaar(event, request, r))
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((r) => r || caches.match(new URL("404.html", self.registration.scope).href))));
    return;
  }
  event.respondWith(caches.match(request).then((r) => r || fetch(request).then((r2) => bewaar(event, request, r2))));
});
