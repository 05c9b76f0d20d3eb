// Updates the plain-language findings beside a German text field while the editor types.
// Without this script the findings are those of the saved text (rendered by the server).
// Each block names the check endpoint (data-plain-language) and the field it describes; the
// text is posted with the form's antiforgery token, at most once per pause in typing.
(function () {
  'use strict';
  if (!window.fetch || !window.FormData) {
    return;
  }

  var delay = 700;
  var blocks = document.querySelectorAll('[data-plain-language][data-plain-field]');
  Array.prototype.forEach.call(blocks, function (block) {
    var field = document.getElementById(block.getAttribute('data-plain-field'));
    var result = block.querySelector('[data-plain-result]');
    var status = block.querySelector('[data-plain-status]');
    if (!field || !result || !field.form) {
      return;
    }

    var token = field.form.querySelector('input[name="__RequestVerificationToken"]');
    var timer = null;
    var sent = field.value;
    var running = null;

    function check() {
      if (field.value === sent) {
        return;
      }

      sent = field.value;
      var body = new FormData();
      body.append('text', sent);
      if (token) {
        body.append('__RequestVerificationToken', token.value);
      }

      if (running && running.abort) {
        running.abort();
      }

      running = window.AbortController ? new AbortController() : null;
      window.fetch(block.getAttribute('data-plain-language'), {
        method: 'POST', body: body, credentials: 'same-origin', signal: running ? running.signal : undefined
      })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) {
            return;
          }

          // The fragment comes from this site and is encoded by the server.
          result.innerHTML = html;
          var score = result.querySelector('.plain-language__score');
          if (status && score) {
            status.textContent = score.textContent;
          }
        })
        .catch(function () { /* typing on; the next pause tries again */ });
    }

    field.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, delay);
    });
  });
}());
