{% load static %}// The portal's service worker (served at /sw.js so that it controls every page).
// - Pages: network first; a copy of each course and lesson page of the learner's enrolled
//   courses is kept (the list comes from {{ offline_url }}), so they open without a network.
// - Without a network, a page not kept opens the offline page, which lists what is kept.
// - Static files: the cached copy at once, refreshed in the background.
// A "mark as done" taken offline is queued by static/js/portal.js, not here.
const SHELL = "portal-shell-{{ version }}";
const PAGES = "portal-pages-v1";
const OFFLINE_URL = "{{ offline_page }}";
const OFFLINE_PAGES = { vi: `${OFFLINE_URL}?lang=vi`, en: `${OFFLINE_URL}?lang=en` };
const SHELL_URLS = [OFFLINE_PAGES.vi, OFFLINE_PAGES.en, "{% static 'css/portal.css' %}", "{% static 'js/portal.js' %}", "{% static 'icons/icon-192.png' %}"];

self.addEventListener("install", (event) => {
  // The offline page without cookies: it is the same for everyone and holds nothing personal.
  const urls = SHELL_URLS.map((url) => new Request(url, { credentials: "omit" }));
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(urls)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("portal-shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

async function keepLessons() {
  const response = await fetch("{{ offline_url }}", { credentials: "same-origin", cache: "no-store" });
  if (!response.ok || response.redirected) {
    return { pages: [] };
  }
  const data = await response.json();
  const cache = await caches.open(PAGES);
  const wanted = new Set(data.pages.map((p) => new URL(p.url, self.location.origin).href));
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) {
      await cache.delete(request);  // no longer enrolled, or the page is gone
    }
  }
  for (const url of wanted) {
    try {
      const page = await fetch(url, { credentials: "same-origin" });
      if (page.ok && !page.redirected) {
        await cache.put(url, page);
      }
    } catch (error) {
      // Offline half-way: what is kept stays; the next visit tries again.
    }
  }
  return data;
}

self.addEventListener("message", (event) => {
  const reply = (message) => event.source && event.source.postMessage(message);
  if (event.data === "keep-lessons") {
    event.waitUntil(
      keepLessons()
        .then((data) => reply({ type: "lessons-kept", pages: data.pages }))
        .catch(() => reply({ type: "lessons-kept", pages: null }))
    );
  } else if (event.data && event.data.type === "language" && OFFLINE_PAGES[event.data.language]) {
    // The offline page in the language of the pages the person reads.
    event.waitUntil(caches.open(SHELL).then((cache) => cache.put("/offline-language", new Response(event.data.language))));
  } else if (event.data === "forget-lessons") {
    // Signing out: nothing of this person's stays on a shared phone.
    event.waitUntil(caches.delete(PAGES).then(() => reply({ type: "lessons-forgotten" })));
  }
});

async function fromNetworkOrKept(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && (await cache.match(request, { ignoreSearch: true }))) {
      await cache.put(request.url.split("?")[0], response.clone());  // keep the copy fresh
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) {
      return kept;
    }
    const language = await caches.match("/offline-language");
    const page = OFFLINE_PAGES[language ? await language.text() : "vi"] || OFFLINE_PAGES.vi;
    return caches.match(page);
  }
}

async function fromCacheThenRefresh(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  const refresh = fetch(request)
    .then((response) => {
      if (response.ok) {
        cache.put(request, response.clone());
      }
      return response;
    })
    .catch(() => cached);
  return cached || refresh;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/admin/")) {
    return;  // the network as usual (forms, the admin, other sites)
  }
  if (request.mode === "navigate") {
    event.respondWith(fromNetworkOrKept(request));
  } else if (url.pathname.startsWith("{% get_static_prefix %}") || url.pathname.startsWith("{% get_media_prefix %}")) {
    event.respondWith(fromCacheThenRefresh(request));
  }
});
