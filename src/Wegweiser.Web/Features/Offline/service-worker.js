// Wegweiser's service worker, served as /sw.js (ServiceWorkerScript fills in CONFIG).
// Pages a visitor has seen stay readable offline: network first, the saved copy as fallback,
// with a visible "Offline – saved on …" note. Only responses the site marks public are kept
// (Cache-Control: public): never staff, account or provider pages, form pages with a token,
// signed-in visitors' pages or anything but GET. Nothing personal is stored.
'use strict';

const CONFIG = /*CONFIG*/null;
const SHELL_CACHE = 'wegweiser-shell-' + CONFIG.version;
const PAGE_CACHE = 'wegweiser-pages-' + CONFIG.version;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL_CACHE)
    .then(function (cache) { return cache.addAll(CONFIG.shell); })
    .then(function () { return self.skipWaiting(); }));
});

// A new version drops every older cache, the directories saved for offline too
// ("wegweiser-saved-<culture>-<version>"): saved pages name the old version's stylesheet.
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys()
    .then(function (names) {
      return Promise.all(names
        .filter(function (name) { return name.indexOf('wegweiser-') === 0 && !isCurrent(name); })
        .map(function (name) { return caches.delete(name); }));
    })
    .then(function () { return self.clients.claim(); })
    .then(keepOpenPages));
});

function isCurrent(name) {
  const suffix = '-' + CONFIG.version;
  return name.length > suffix.length && name.lastIndexOf(suffix) === name.length - suffix.length;
}

// The page that registered the worker was loaded before it: keep that first visit too.
function keepOpenPages() {
  return self.clients.matchAll({ type: 'window' }).then(function (windows) {
    return Promise.all(windows.map(function (client) {
      const url = new URL(client.url);
      if (url.origin !== self.location.origin || isPrivate(url.pathname)) {
        return null;
      }

      const request = new Request(client.url, { credentials: 'same-origin' });
      return fetch(request).then(function (response) { return keepIfPublic(request, response); }, function () { return null; });
    }));
  });
}

self.addEventListener('fetch', function (event) {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }

  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isPrivate(url.pathname)) {
    return;
  }

  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  } else if (url.pathname.indexOf('/_content/') === 0 || CONFIG.shell.indexOf(url.pathname) >= 0) {
    event.respondWith(asset(request));
  }
});

function isPrivate(path) {
  return CONFIG.privatePrefixes.some(function (prefix) {
    return path === prefix || path.indexOf(prefix + '/') === 0;
  });
}

function page(request, url) {
  return fetch(request)
    .then(function (response) {
      return keepIfPublic(request, response);
    })
    .catch(function () {
      // Seen pages and the directory saved for offline ("wegweiser-saved-…") alike.
      return caches.match(request, { ignoreVary: true })
        .then(function (saved) { return saved ? withOfflineNote(saved) : offlinePage(url); });
    });
}

function keepIfPublic(request, response) {
  const control = (response.headers.get('Cache-Control') || '').toLowerCase();
  const type = response.headers.get('Content-Type') || '';
  if (response.status !== 200 || response.type !== 'basic' || type.indexOf('text/html') !== 0
      || control.indexOf('public') < 0 || control.indexOf('private') >= 0 || control.indexOf('no-store') >= 0) {
    return response;
  }

  return response.clone().text().then(function (html) {
    // A form with an antiforgery token is never kept, even if a header said otherwise.
    if (html.indexOf('__RequestVerificationToken') >= 0) {
      return response;
    }

    const copy = response.clone();
    return caches.open(PAGE_CACHE)
      .then(function (cache) { return cache.put(request, copy); })
      .then(function () { return response; }, function () { return response; });
  });
}

// The saved copy with its note shown: the page carries the note hidden, in its own language.
function withOfflineNote(saved) {
  const savedAt = new Date(saved.headers.get('Date') || Date.now());
  return saved.text().then(function (html) {
    const lang = (/<html[^>]*\slang="([^"]+)"/.exec(html) || [])[1] || CONFIG.cultures[0];
    let text;
    try {
      text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(savedAt);
    } catch (e) {
      text = savedAt.toISOString().slice(0, 16).replace('T', ' ');
    }

    const marked = html
      .replace('data-offline-note hidden', 'data-offline-note')
      .replace('<time data-offline-date></time>', '<time data-offline-date datetime="' + savedAt.toISOString() + '">' + text + '</time>');
    return new Response(marked, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  });
}

function offlinePage(url) {
  const first = url.pathname.split('/')[1];
  const culture = CONFIG.cultures.indexOf(first) >= 0 ? first : CONFIG.cultures[0];
  return caches.match('/' + culture + '/offline', { cacheName: SHELL_CACHE }).then(function (offline) {
    return offline || Response.error();
  });
}

// Fingerprinted theme files never change under one address: the saved copy first.
function asset(request) {
  return caches.open(SHELL_CACHE).then(function (cache) {
    return caches.match(request).then(function (saved) {
      return saved || fetch(request).then(function (response) {
        if (response.status === 200 && response.type === 'basic') {
          cache.put(request, response.clone());
        }

        return response;
      });
    });
  });
}
