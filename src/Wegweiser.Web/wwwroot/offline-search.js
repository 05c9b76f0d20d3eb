// The offline search: searches the index saved with "Save for offline" (/<culture>/offline/suche.json)
// when there is no network. Words are compared folded like the server's search (case, diacritics,
// Arabic/Persian letter forms); a word also finds longer words starting or ending with it (German
// compounds: "beratung" finds "migrationsberatung"), words of five letters or more allow one typo,
// and the thesaurus adds the German words and topics of what was typed.
(function () {
  'use strict';
  const box = document.querySelector('[data-offline-search]');
  if (!box || !('caches' in window)) {
    return;
  }

  const text = box.dataset;
  const form = box.querySelector('form');
  const input = form.querySelector('input[name=q]');
  const status = box.querySelector('[data-offline-search-status]');
  const list = box.querySelector('[data-offline-search-results]');
  const letters = { 'ß': 'ss', 'ı': 'i', 'ی': 'ي', 'ى': 'ي', 'ک': 'ك', 'ة': 'ه', 'ۀ': 'ه', 'ٱ': 'ا', 'ـ': '' };
  let index = null;

  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/[\p{Mn}\p{Mc}\p{Cf}]/gu, '')
      .replace(/[ßıیىکةۀٱـ]/g, function (c) { return letters[c]; }).normalize('NFC');
  }

  function words(query) {
    return query.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(fold);
  }

  function load() {
    if (index) {
      return Promise.resolve(index);
    }

    const url = text.index;
    return caches.match(url)
      .then(function (saved) { return saved || fetch(url); })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        data.entries.forEach(function (e) { e.tokens = e.w.split(' '); });
        data.rules = data.thesaurus.map(function (r) { return { typed: r[0].split(' '), adds: r[1].split(' ') }; });
        index = data;
        return data;
      });
  }

  // The word itself, without an Arabic article, and what the thesaurus adds to it.
  function variants(word) {
    const forms = [word];
    if (word.length > 4 && word.indexOf('ال') === 0) {
      forms.push(word.slice(2));
    }

    const all = forms.slice();
    index.rules.forEach(function (rule) {
      const hit = rule.typed.some(function (t) {
        return forms.some(function (f) { return t.slice(-1) === '*' ? f.indexOf(t.slice(0, -1)) === 0 : f === t; });
      });
      if (hit) {
        rule.adds.forEach(function (a) { all.push(a); });
      }
    });
    return all;
  }

  // Whether a and b differ by one letter added, removed, changed or two swapped.
  function oneApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) {
      return false;
    }

    let i = 0;
    while (i < a.length && a[i] === b[i]) {
      i++;
    }

    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)
      || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }

  function score(word, token) {
    if (word[0] === '#' || token[0] === '#') {
      return word === token ? 2 : 0;
    }

    if (word === token) {
      return 3;
    }

    if (word.length >= 4 && (token.indexOf(word) === 0 || token.slice(-word.length) === word)) {
      return 2;
    }

    if (token.length >= 5 && word.length >= 6 && (word.indexOf(token) === 0 || word.slice(-token.length) === token)) {
      return 1;
    }

    return word.length >= 5 && oneApart(word, token) ? 1 : 0;
  }

  function best(forms, entry) {
    let found = 0;
    forms.forEach(function (form) {
      entry.tokens.forEach(function (token) {
        found = Math.max(found, score(form, token));
      });
    });
    return found;
  }

  // Every word must match; a word no entry has (a filler, a typo beyond repair) is left out.
  function search(query) {
    const asked = words(query).map(variants);
    const scored = index.entries.map(function (entry) {
      return { entry: entry, per: asked.map(function (forms) { return best(forms, entry); }) };
    });
    const used = asked.map(function (_, i) { return scored.some(function (s) { return s.per[i] > 0; }); });
    if (!used.some(Boolean)) {
      return [];
    }

    return scored
      .filter(function (s) { return s.per.every(function (p, i) { return p > 0 || !used[i]; }); })
      .map(function (s) { return { entry: s.entry, total: s.per.reduce(function (a, b) { return a + b; }, 0) }; })
      .sort(function (a, b) { return b.total - a.total || a.entry.t.localeCompare(b.entry.t); })
      .map(function (s) { return s.entry; });
  }

  function show(query) {
    list.textContent = '';
    return load().then(function () {
      const hits = search(query);
      status.textContent = hits.length === 0 ? text.textNone.replace('{0}', query)
        : text.textCount.replace('{0}', hits.length).replace('{1}', query);
      hits.slice(0, 50).forEach(function (entry) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = entry.u;
        link.textContent = entry.t;
        const type = document.createElement('span');
        type.textContent = ' (' + entry.y + ')';
        const summary = document.createElement('p');
        summary.textContent = entry.s;
        item.append(link, type, summary);
        list.append(item);
      });
    }, function () {
      status.textContent = text.textUnsaved;
    });
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine !== false || !input.value.trim()) {
      return;
    }

    event.preventDefault();
    history.replaceState(null, '', form.action + '?q=' + encodeURIComponent(input.value.trim()));
    show(input.value.trim());
  });

  // Shown by the service worker in place of the search page: answer the search that was asked.
  const asked = new URLSearchParams(location.search).get('q');
  if (asked && asked.trim()) {
    input.value = asked.trim();
    show(asked.trim());
  }
})();
