/* multilat site: the search page's filter, the site's only script.
 *
 * search.html loads LANG/search-index.js first, which sets window.MULTILAT_INDEX to a list of
 * {t: title, k: kind words, u: address relative to the language folder, w: other words}. This
 * script filters it as the visitor types: accents and case do not matter, and every word typed
 * must occur in the title or the other words. Without JavaScript, the page's #all-records list
 * of every record stays the way in.
 *
 * The Content-Security-Policy allows scripts from the site's own files only: no inline script,
 * no eval. Record text is untrusted, so results are built with textContent, never innerHTML.
 * It works from file:// (no fetch), and does nothing on a page without #search-results.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 50;

  // Lower case without diacritics: "Réunion" and "REUNION" both give "reunion", "Ōtautahi"
  // gives "otautahi". NFD splits a letter from its accents, which are then dropped; the
  // ligatures NFD leaves whole are spelled out.
  function fold(text) {
    var s = String(text == null ? '' : text);
    if (s.normalize) {
      s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    }
    return s.toLowerCase()
      .replace(/\u0153/g, 'oe').replace(/\u00e6/g, 'ae').replace(/\u00df/g, 'ss')
      .replace(/[\u2018\u2019\u02bc]/g, "'");
  }

  function words(query) {
    return fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function start() {
    var results = document.getElementById('search-results');
    if (!results) {
      return;
    }
    var status = document.getElementById('search-status');
    // What the page says before any query (a hint, or nothing) comes back when the field is emptied.
    var idleStatus = status ? status.textContent : '';
    var all = document.getElementById('all-records');
    var index = Array.isArray(window.MULTILAT_INDEX) ? window.MULTILAT_INDEX : [];
    var entries = index.map(function (entry) {
      return {entry: entry, title: fold(entry.t), text: fold((entry.t || '') + ' ' + (entry.w || ''))};
    });

    // The form in main is the page's own; the header's, if the page has one too, is kept in step.
    var inputs = Array.prototype.slice.call(document.querySelectorAll('input[name="q"]'));
    var mainInput = document.querySelector('main input[name="q"]') || inputs[0] || null;

    function setStatus(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function statusWords(count) {
      if (!status) {
        return '';
      }
      if (count === 0) {
        return status.getAttribute('data-none') || '';
      }
      var words = count === 1 ? status.getAttribute('data-one') : null;
      return (words || status.getAttribute('data-some') || '{n}').split('{n}').join(String(count));
    }

    function remember(query) {
      // The address keeps ?q= so that it can be bookmarked, shared or reloaded.
      try {
        var url = new URL(window.location.href);
        if (query) {
          url.searchParams.set('q', query);
        } else {
          url.searchParams.delete('q');
        }
        if (url.href !== window.location.href) {
          window.history.replaceState(null, '', url.href);
        }
      } catch (e) {
        // Some browsers refuse replaceState on file:// addresses; the search still works.
      }
    }

    function show(query) {
      var wanted = words(query);
      while (results.firstChild) {
        results.removeChild(results.firstChild);
      }
      if (wanted.length === 0) {
        results.hidden = true;
        if (all) {
          all.hidden = false;
        }
        setStatus(idleStatus);
        return;
      }
      var found = [];
      entries.forEach(function (item, position) {
        for (var i = 0; i < wanted.length; i++) {
          if (item.text.indexOf(wanted[i]) === -1) {
            return;
          }
        }
        // Records whose title holds every word come first, then the index's order.
        var inTitle = wanted.every(function (w) { return item.title.indexOf(w) !== -1; });
        found.push({item: item, rank: inTitle ? 0 : 1, position: position});
      });
      found.sort(function (a, b) { return a.rank - b.rank || a.position - b.position; });
      found.slice(0, MAX_RESULTS).forEach(function (match) {
        var entry = match.item.entry;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.setAttribute('href', safeHref(entry.u));
        a.textContent = entry.t || entry.u || '';
        li.appendChild(a);
        if (entry.k) {
          li.appendChild(document.createTextNode(' '));
          var kind = document.createElement('span');
          kind.className = 'kind';
          kind.textContent = entry.k;
          li.appendChild(kind);
        }
        results.appendChild(li);
      });
      results.hidden = found.length === 0;
      if (all) {
        all.hidden = true;
      }
      setStatus(statusWords(found.length));
    }

    // The index only ever points into the site: a relative address, never a scheme or a root.
    function safeHref(u) {
      var s = String(u == null ? '' : u);
      if (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.charAt(0) === '/' || s.charAt(0) === '\\') {
        return '#';
      }
      return s;
    }

    var initial = '';
    try {
      initial = new URLSearchParams(window.location.search).get('q') || '';
    } catch (e) {
      initial = '';
    }
    inputs.forEach(function (input) {
      input.value = initial;
    });

    function onInput(event) {
      var query = event.target.value;
      inputs.forEach(function (input) {
        if (input !== event.target) {
          input.value = query;
        }
      });
      show(query);
      remember(query.trim());
    }

    inputs.forEach(function (input) {
      input.addEventListener('input', onInput);
      // Submitting on this page filters in place instead of reloading it.
      if (input.form) {
        input.form.addEventListener('submit', function (event) {
          event.preventDefault();
          show(input.value);
          remember(input.value.trim());
          if (mainInput && mainInput !== input) {
            mainInput.value = input.value;
          }
        });
      }
    });

    show(initial);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
