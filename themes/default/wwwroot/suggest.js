// Suggestions as you type for search boxes marked with data-suggest="/api/vorschlaege?kultur=…".
// They fill a native <datalist>, so keyboards and screen readers handle them like any input's
// suggestions. Without this script the search works exactly the same.
(function () {
  'use strict';
  if (!window.fetch || !document.querySelectorAll) {
    return;
  }

  var boxes = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < boxes.length; i++) {
    enhance(boxes[i]);
  }

  function enhance(input) {
    var list = document.createElement('datalist');
    list.id = input.id + '-suggestions';
    input.parentNode.appendChild(list);
    input.setAttribute('list', list.id);
    var timer = 0;
    var last = '';
    var controller = null;

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 150);
    });

    function load() {
      var typed = input.value.trim();
      if (typed.length < 2 || typed === last) {
        return;
      }

      last = typed;
      if (controller) {
        controller.abort();
      }

      controller = window.AbortController ? new window.AbortController() : null;
      window.fetch(input.getAttribute('data-suggest') + '&q=' + encodeURIComponent(typed), {
        headers: { Accept: 'application/json' },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) {
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }

          suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.title;
            list.appendChild(option);
          });
        })
        .catch(function () { /* a failed suggestion changes nothing: the search still works */ });
    }
  }
})();
