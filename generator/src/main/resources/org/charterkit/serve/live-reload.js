// Loaded only by pages that `charterkit serve` sends, never by a built site: it reloads this page when the
// preview has rebuilt it, or everything when the site as a whole changed (an asset, an error page, a fix).
(function () {
  'use strict';
  var here = decodeURIComponent(location.pathname).replace(/^\//, '');
  if (here === '' || here.charAt(here.length - 1) === '/') {
    here += 'index.html';
  }
  var events = new EventSource('/_charterkit/events');
  events.onmessage = function (event) {
    var changed = JSON.parse(event.data);
    if (changed.indexOf('*') >= 0 || changed.indexOf(here) >= 0) {
      events.close();
      location.reload();
    }
  };
})();
