// The search and the language switch of the catalogue page. Both work from the address too:
// catalogue.html?q=5.1.1&lang=en fills in the search box and switches to English on load, through the same
// handlers that typing and clicking use.
(function () {
  'use strict';
  var labels = JSON.parse(document.getElementById('labels').textContent);
  var input = document.getElementById('q');
  var button = document.getElementById('switch');
  var status = document.getElementById('status');
  var nearestNote = document.getElementById('nearest');
  var lang = 'nl';
  var texts = new Map();

  function norm(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'");
  }

  function textOf(el) {
    var t = texts.get(el);
    if (t === undefined) {
      t = norm(el.textContent);
      texts.set(el, t);
    }
    return t;
  }

  function entries() {
    return Array.prototype.slice.call(document.getElementById(lang).querySelectorAll('article.entry'));
  }

  // Which entries answer a full code such as 5.1.1: the code itself or a provider range holding it; else, as
  // the library falls back, its subject (5.1.x) or its class (5.x.x).
  function byFullCode(all, c, s, d) {
    var code = c + '.' + s + '.' + d;
    var found = all.filter(function (e) {
      var k = e.getAttribute('data-code');
      if (k === code) {
        return true;
      }
      var r = /^(\d)\.(\d+)\.(\d+)-(\d+)$/.exec(k);
      return r !== null && r[1] === c && r[2] === s && +d >= +r[3] && +d <= +r[4];
    });
    if (found.length > 0) {
      return { list: found, nearest: false };
    }
    var fallback = [c + '.' + s + '.x', c + '.x.x'];
    for (var i = 0; i < fallback.length; i++) {
      var f = all.filter(function (e) { return e.getAttribute('data-code') === fallback[i]; });
      if (f.length > 0) {
        return { list: f, nearest: true };
      }
    }
    return { list: [], nearest: false };
  }

  function byWords(all, q) {
    var words = norm(q).split(/\s+/).filter(function (w) { return w.length > 0; });
    return all.filter(function (e) {
      var t = textOf(e);
      return words.every(function (w) { return t.indexOf(w) >= 0; });
    });
  }

  // The entries a query shows: null for all of them.
  function search(all, q) {
    if (q === '') {
      return { list: null, nearest: false };
    }
    var full = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(q);
    if (full) {
      return byFullCode(all, full[1], full[2], full[3]);
    }
    var lower = q.toLowerCase();
    if (/^[2-5]\d\d$/.test(q) || /^[245](\.(\d{1,3}|x)){1,2}$/.test(lower) || /^[245]\.\d{1,3}\.$/.test(lower)) {
      var exact = all.filter(function (e) {
        var k = e.getAttribute('data-code');
        return k === lower || (lower.slice(-1) === '.' && k.indexOf(lower) === 0)
            || (/^[245]\.\d{1,3}$/.test(lower) && k.indexOf(lower + '.') === 0);
      });
      if (exact.length > 0) {
        return { list: exact, nearest: false };
      }
    }
    return { list: byWords(all, q), nearest: false };
  }

  function filter() {
    var q = input.value.trim();
    var main = document.getElementById(lang);
    var all = entries();
    var result = search(all, q);
    var shown = 0;
    all.forEach(function (e) {
      var show = result.list === null || result.list.indexOf(e) >= 0;
      e.hidden = !show;
      if (show) {
        shown++;
      }
    });
    Array.prototype.forEach.call(main.querySelectorAll('section.group'), function (s) {
      s.hidden = q !== '' && s.querySelector('article.entry:not([hidden])') === null;
    });
    Array.prototype.forEach.call(main.querySelectorAll('.static'), function (s) {
      s.hidden = q !== '';
    });
    var l = labels[lang];
    status.textContent = q === '' ? '' : shown === 0 ? l.noResults : l.shown + ': ' + shown + ' ' + l.of + ' ' + all.length;
    nearestNote.hidden = !result.nearest;
  }

  function setLanguage(next) {
    lang = next;
    var l = labels[lang];
    document.documentElement.lang = lang;
    document.title = l.title;
    document.getElementById('title').textContent = l.title;
    input.placeholder = l.search;
    input.setAttribute('aria-label', l.search);
    button.textContent = l.other;
    button.lang = lang === 'nl' ? 'en' : 'nl';
    nearestNote.textContent = l.nearest;
    ['nl', 'en'].forEach(function (id) {
      document.getElementById(id).hidden = id !== lang;
    });
    filter();
  }

  input.addEventListener('input', filter);
  button.addEventListener('click', function () {
    setLanguage(lang === 'nl' ? 'en' : 'nl');
  });

  var params = new URLSearchParams(window.location.search);
  if (params.get('lang') === 'en') {
    button.click();
  }
  var q = params.get('q');
  if (q) {
    input.value = q;
    input.dispatchEvent(new Event('input'));
  }
})();
