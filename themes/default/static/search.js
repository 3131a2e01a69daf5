// klynge site search: filters window.KLYNGE_SEARCH_INDEX (static/search-index.js)
// in the browser. The index is a script, not a JSON file to fetch(), because
// browsers refuse fetch() on file:// pages and the site must work opened
// straight from disk. Without JavaScript the page shows its <noscript> note.
(function () {
  'use strict';
  var index = window.KLYNGE_SEARCH_INDEX || [];
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!form || !input || !status || !results) return;

  // The page is soeg/index.html; index URLs are relative to the site root.
  var root = '../';

  function normalise(text) {
    return (text || '').toLocaleLowerCase('da').normalize('NFC');
  }

  function words(query) {
    return normalise(query).split(/[\s,.;:!?()"]+/).filter(function (w) { return w.length > 0; });
  }

  // Each word must occur somewhere; hits in the title count most.
  function score(entry, terms) {
    var title = normalise(entry.title);
    var lead = normalise([entry.question, entry.summary, entry.topic, (entry.tags || []).join(' ')].join(' '));
    var text = normalise(entry.text);
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      var s = (title.indexOf(t) >= 0 ? 10 : 0) + (lead.indexOf(t) >= 0 ? 3 : 0) + (text.indexOf(t) >= 0 ? 1 : 0);
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function show(query) {
    var terms = words(query);
    while (results.firstChild) results.removeChild(results.firstChild);
    if (terms.length === 0) {
      status.textContent = status.getAttribute('data-empty');
      return;
    }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], terms);
      if (s > 0) hits.push({ entry: index[i], score: s, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    var quoted = '»' + query.trim() + '«';
    if (hits.length === 0) status.textContent = status.getAttribute('data-none') + ' ' + quoted;
    else if (hits.length === 1) status.textContent = status.getAttribute('data-one') + ' ' + quoted;
    else status.textContent = hits.length + ' ' + status.getAttribute('data-many') + ' ' + quoted;
    hits.forEach(function (hit) {
      var e = hit.entry;
      var li = element('li');
      li.appendChild(element('span', 'result-kind', results.getAttribute('data-' + e.kind) || e.kind));
      var a = element('a', 'result-title', e.title);
      a.href = root + e.url;
      li.appendChild(a);
      var lead = e.question || e.summary;
      if (lead) li.appendChild(element('p', '', lead));
      results.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  var header = document.getElementById('header-q');
  if (header) header.value = input.value;
  show(input.value);

  input.addEventListener('input', function () { show(input.value); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    try {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (err) {
      // Some browsers refuse history changes on file:// pages; the results still show.
    }
  });
})();
