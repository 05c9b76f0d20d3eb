// Keeps a progress bar moving while a background task runs (rebuilding the search index at
// /admin/suchindex, sending a review round's emails). Without this script the page offers a link
// that reloads it.
(function () {
  'use strict';
  var box = document.querySelector('[data-status-url]');
  if (!box || box.getAttribute('data-running') !== 'true' || !window.fetch) {
    return;
  }

  var url = box.getAttribute('data-status-url');
  var progress = box.querySelector('progress');
  var reload = box.querySelector('.job-status__reload');
  if (reload) {
    reload.hidden = true;
  }

  function poll() {
    window.fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (progress) {
          progress.value = status.percent;
          progress.textContent = status.percent + ' %';
        }

        if (status.running) {
          window.setTimeout(poll, 500);
        } else {
          // Finished or failed: the page shows the outcome in words.
          window.location.reload();
        }
      })
      .catch(function () {
        if (reload) {
          reload.hidden = false;
        }
      });
  }

  window.setTimeout(poll, 500);
})();
