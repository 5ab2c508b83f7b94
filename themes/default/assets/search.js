/*
 * Charterkit search: the search form in every page's header, searched in place.
 *
 * Without this script (or before it has loaded) the form leads to the A to Z page, which lists every page.
 * With it, typing shows the matching commitments, sections and guides below the header, grouped by area and
 * "Knowledge base", and the status line under the header (a polite live region) says how many were found.
 * MiniSearch (assets/minisearch/, MIT) and the site's index (search-index.js, written by the build) are loaded
 * from the site itself the first time a reader uses the search box: nothing comes from anywhere else, and
 * it works from the files alone (file://) as well as from a web server, under any sub-path.
 *
 * The index is split so that a first search stays small on a large site: the top-level index has the guides,
 * the glossary and a short overview of each area; each area's own index (<area>/search-index.js) has the rest.
 * A search loads the own indexes of the best areas the top-level index finds before it shows its results.
 * When every area's index together is small they are all loaded at once; otherwise the others are loaded in
 * the background one by one, and the results are shown again, once, when they are all in.
 */
(function () {
  'use strict';

  var MIN_LENGTH = 2;
  var MAX_SHOWN = 100;
  // Every area's index loaded before the first results when together they are no bigger than this (bytes).
  var ALL_AT_ONCE = 1500000;
  // The areas whose own index a search loads before it shows its results, the best found first.
  var AREAS_NAMED = 5;

  var self = document.currentScript;
  var form = document.querySelector('form.site-search');
  var status = document.getElementById('site-search-status');
  var results = document.getElementById('site-search-results');
  if (!self || !form || !status || !results || !window.Promise || !window.URL) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var assets = new URL('.', self.src);
  var root = new URL('../', assets);
  var loading = null;
  var failed = false;
  var timer = null;
  var areas = {};
  var allAreas = null;

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + url)); };
      document.head.appendChild(script);
    });
  }

  /** MiniSearch with the site's top-level index in it, loaded once. */
  function searcher() {
    if (!loading) {
      loading = loadScript(new URL('minisearch/minisearch.js', assets).href)
        .then(function () { return loadScript(new URL('search-index.js', root).href); })
        .then(function () {
          var search = new window.MiniSearch({
            fields: ['t', 'x'],
            storeFields: ['t', 'g', 'c', 'u', 'a', 'l', 'n'],
            searchOptions: { boost: { t: 2 }, prefix: true, fuzzy: 0.1, combineWith: 'AND' }
          });
          search.addAll(window.charterkitSearchIndex.documents);
          var listed = window.charterkitSearchIndex.areas || [];
          var total = listed.reduce(function (sum, area) { return sum + area.s; }, 0);
          return total <= ALL_AT_ONCE
            ? Promise.all(listed.map(function (area) { return areaIndex(search, area.a); })).then(function () {
              return search;
            })
            : search;
        });
      loading.catch(function () {
        failed = true;
        status.textContent = said('failed');
      });
    }
    return loading;
  }

  /** One area's own index, loaded once and added to the search; its short overview replaced by the full one. */
  function areaIndex(search, slug) {
    if (!areas[slug]) {
      areas[slug] = loadScript(new URL(slug + '/search-index.js', root).href).then(function () {
        var own = (window.charterkitSearchAreas || {})[slug];
        (own ? own.documents : []).forEach(function (d) {
          if (search.has(d.id)) {
            search.replace(d);
          } else {
            search.add(d);
          }
        });
        areas[slug].done = true;
      }, function () {
        // An area whose index cannot load is searched by its short overview alone, rather than stop the search.
        areas[slug].done = true;
      });
    }
    return areas[slug];
  }

  /** The own indexes of the best areas the search finds so far, loaded; then the search with them in it. */
  function withNamedAreas(search, query) {
    var named = [];
    search.search(query).forEach(function (r) {
      if (r.a && named.indexOf(r.a) < 0 && named.length < AREAS_NAMED) {
        named.push(r.a);
      }
    });
    return Promise.all(named.map(function (slug) { return areaIndex(search, slug); })).then(function () {
      return search;
    });
  }

  /** Every other area's own index, one at a time so as not to crowd the reader's connection; once. */
  function everyArea(search) {
    if (!allAreas) {
      allAreas = (window.charterkitSearchIndex.areas || []).reduce(function (chain, area) {
        return chain.then(function () { return areaIndex(search, area.a); });
      }, Promise.resolve());
    }
    return allAreas;
  }

  /** A site address from the index, relative to where the site is; with index.html when read from files. */
  function address(url) {
    var href = new URL(url, root).href;
    if (location.protocol === 'file:') {
      href = href.replace(/\/(#.*)?$/, '/index.html$1');
    }
    return href;
  }

  /*
   * What the status line says, in the page's language: the theme's words, written by the layout into the status
   * line's data- attributes (data-none, data-many-partial...), with {query}, {count} and {shown} filled in. The
   * script itself holds no words a reader sees.
   */
  function said(key, query, count, shown) {
    var words = status.getAttribute('data-' + key) || '';
    // split and join rather than replace: a query may hold "$&", which replace would read as a pattern.
    return words.split('{count}').join(String(count)).split('{shown}').join(String(shown))
      .split('{query}').join(query);
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function clear() {
    results.textContent = '';
    results.hidden = true;
    status.textContent = '';
  }

  function show(search, query, partial) {
    var found = search.search(query);
    results.textContent = '';
    var more = partial ? '-partial' : '';
    if (found.length === 0) {
      results.hidden = true;
      status.textContent = said('none' + more, query);
      return;
    }
    // Groups in the order of their best result; results in order of how well they match.
    var groups = [];
    var byName = {};
    found.slice(0, MAX_SHOWN).forEach(function (r) {
      if (!Object.prototype.hasOwnProperty.call(byName, r.g)) {
        byName[r.g] = { name: r.g, lang: r.l, results: [] };
        groups.push(byName[r.g]);
      }
      byName[r.g].results.push(r);
    });
    groups.forEach(function (group, i) {
      var section = element('section', 'search-group');
      var heading = element('h2', 'search-group__name', group.name);
      heading.id = 'search-group-' + i;
      if (group.lang) {
        // An edition's group is named in its own language, which need not be the page's.
        heading.lang = group.lang;
      }
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var list = element('ul', 'search-group__results');
      group.results.forEach(function (r) {
        var item = element('li');
        var link = element('a', null, r.t);
        link.href = address(r.u);
        item.appendChild(link);
        var context = element('span', 'search-context', ' (' + r.c + ')');
        item.appendChild(context);
        if (r.l) {
          // A charter in more than one language: the page's language, named in that language; its title and
          // context are in it too, so a screen reader on a page of the other language speaks them rightly.
          link.lang = r.l;
          context.lang = r.l;
          var language = element('span', 'search-language', ' ' + r.n);
          language.lang = r.l;
          item.appendChild(language);
        }
        list.appendChild(item);
      });
      section.appendChild(list);
      results.appendChild(section);
    });
    results.hidden = false;
    status.textContent = said((found.length === 1 ? 'one' : found.length > MAX_SHOWN ? 'best' : 'many') + more,
      query, found.length, MAX_SHOWN);
  }

  function run() {
    var query = input.value.trim();
    if (query.length < MIN_LENGTH) {
      clear();
      return;
    }
    status.textContent = said('searching');
    searcher().then(function (search) {
      return withNamedAreas(search, query);
    }).then(function (search) {
      if (input.value.trim() !== query) {
        return;
      }
      var complete = (window.charterkitSearchIndex.areas || []).every(function (area) {
        return areas[area.a] && areas[area.a].done;
      });
      show(search, query, !complete);
      if (!complete) {
        // Shown again once, when every area is in, if the reader is still looking at the same search.
        everyArea(search).then(function () {
          if (input.value.trim() === query) {
            show(search, query, false);
          }
        });
      }
    }, function () {});
  }

  input.addEventListener('focus', function () { searcher(); });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      clear();
    }
  });
  form.addEventListener('submit', function (event) {
    // If the search could not load, the form goes to the A to Z page as it does without JavaScript.
    if (!failed) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    }
  });

  // Arriving at the A to Z page from a search (the form sent before this script ran): search at once.
  var query = new URLSearchParams(location.search).get('q');
  if (query && !input.value) {
    input.value = query;
  }
  if (input.value.trim().length >= MIN_LENGTH) {
    run();
  }
}());
