// "Save for offline" on the home page: keeps every public page of the visitor's language and the
// offline search index (listed by /<culture>/offline/paket.json) in the cache storage, with a
// progress bar; "Remove saved data" deletes it. Without service workers nothing is shown.
(function () {
  'use strict';
  const box = document.querySelector('[data-offline-save]');
  if (!box || !('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }

  const text = box.dataset;
  const lang = document.documentElement.lang;
  const start = box.querySelector('[data-offline-start]');
  const remove = box.querySelector('[data-offline-remove]');
  const bar = box.querySelector('[data-offline-progress]');
  const status = box.querySelector('[data-offline-status]');
  let pack = null;

  function fill(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  function size(bytes) {
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    return bytes >= 1e6 ? number.format(bytes / 1e6) + ' MB' : number.format(Math.max(1, Math.round(bytes / 1e3))) + ' KB';
  }

  // Every saved cache of this language, of this version or an older one.
  function savedNames() {
    return caches.keys().then(function (names) {
      return names.filter(function (name) { return name.indexOf('wegweiser-saved-' + pack.culture + '-') === 0; });
    });
  }

  // Saved completely: the search index is the last address of the package.
  function showState() {
    return savedNames().then(function (names) {
      remove.hidden = names.length === 0;
      return caches.open(pack.cache).then(function (cache) { return cache.match(pack.urls[pack.urls.length - 1]); });
    }).then(function (complete) {
      if (complete) {
        status.textContent = text.textSaved;
      }
    });
  }

  // Only what the site marks public, never a page with a form token: the worker's own rule.
  function keep(cache, url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      const control = (response.headers.get('Cache-Control') || '').toLowerCase();
      if (!response.ok || control.indexOf('public') < 0 || control.indexOf('private') >= 0 || control.indexOf('no-store') >= 0) {
        return null;
      }

      return response.clone().text().then(function (body) {
        return body.indexOf('__RequestVerificationToken') >= 0 ? null : cache.put(url, response);
      });
    });
  }

  function save() {
    const urls = pack.urls;
    let done = 0;
    let next = 0;
    start.disabled = true;
    bar.max = urls.length;
    bar.value = 0;
    bar.hidden = false;
    status.textContent = fill(text.textProgress, 0, urls.length);
    return caches.open(pack.cache).then(function (cache) {
      // Three at a time: quick on a good line, gentle on the server and an old phone.
      function worker() {
        if (next >= urls.length) {
          return Promise.resolve();
        }

        const url = urls[next++];
        return keep(cache, url).then(function () {
          done++;
          bar.value = done;
          if (done % 25 === 0 || done === urls.length) {
            status.textContent = fill(text.textProgress, done, urls.length);
          }

          return worker();
        });
      }

      return Promise.all([worker(), worker(), worker()]);
    }).then(function () {
      status.textContent = text.textDone;
      remove.hidden = false;
    }, function () {
      status.textContent = text.textFailed;
      return caches.delete(pack.cache);
    }).then(function () {
      start.disabled = false;
      bar.hidden = true;
    });
  }

  function removeSaved() {
    return savedNames().then(function (names) {
      return Promise.all(names.map(function (name) { return caches.delete(name); }));
    }).then(function () {
      remove.hidden = true;
      status.textContent = text.textRemoved;
      start.focus();
    });
  }

  fetch(box.dataset.package, { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (data) {
      pack = data;
      box.querySelector('[data-offline-size]').textContent = fill(text.textSize, size(data.bytes));
      start.addEventListener('click', save);
      remove.addEventListener('click', removeSaved);
      box.hidden = false;
      return showState();
    })
    .catch(function () {
      // No package (offline, an old browser): the home page stays as it is.
    });
})();
