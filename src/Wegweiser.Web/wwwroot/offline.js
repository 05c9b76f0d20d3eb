// Registers the service worker (/sw.js), which keeps the pages a visitor has seen for offline
// reading. Without this script, or without service workers, every page works as before.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }

  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {
      // Not registered (an old browser, private mode, http on another host): the site works online.
    });
  });
})();
