/// The report's inline style sheet and script, kept apart from the HTML assembly so each
/// reads on its own. Plain ES2017 and CSS, no library: the file must work offline.
enum HTMLReportAssets {
    static let style = """
        body{font:14px/1.45 Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
        header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
        h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0 0 8px}
        .documents{margin:0;padding-left:18px}.muted{color:#777}
        #filters{padding:8px 20px;background:#f0f4f8;border-bottom:1px solid #ddd}
        main{display:grid;grid-template-columns:minmax(0,2fr) minmax(260px,1fr);gap:16px;
          padding:16px 20px}
        #diagram{grid-column:1/3;overflow:auto;background:#fff;border:1px solid #ddd;
          max-height:70vh}
        #diagram svg{max-width:100%;height:auto}
        #timeline ol{list-style:none;margin:0;padding:0}
        .event{padding:6px 8px;margin:2px 0;background:#fff;border:1px solid #e3e3e3;
          border-radius:4px;cursor:pointer}
        .event:hover,.event:focus{border-color:#6fa8dc;outline:none}
        .event.selected{border-color:#3d85c6;background:#eef5fc}
        .event.filtered{display:none}
        time{font-family:Menlo,Consolas,monospace;color:#555;margin-right:6px}
        .type{font-size:11px;padding:1px 4px;border-radius:3px;background:#eee}
        .q-verbal-cooperation{background:#d9ead3}.q-material-cooperation{background:#b6d7a8}
        .q-verbal-conflict{background:#fce5cd}.q-material-conflict{background:#f4cccc}
        .marker{color:#a61c00;font-size:12px}
        #evidence-panel{position:sticky;top:12px;align-self:start;background:#fff;
          border:1px solid #ddd;border-radius:4px;padding:12px}
        blockquote{margin:0 0 8px;padding-left:10px;border-left:3px solid #6fa8dc}
        g.node[id^="actor:"]{cursor:pointer}
        """

    static let script = """
        (function () {
          'use strict';
          var problems = [];
          window.addEventListener('error', function (e) { problems.push(String(e.message)); });
          document.addEventListener('securitypolicyviolation', function (e) {
            problems.push('blocked request: ' + e.blockedURI);
          });
          var items = Array.prototype.slice.call(document.querySelectorAll('li.event'));
          var panel = document.getElementById('evidence-body');
          var actorFilter = document.getElementById('actor-filter');
          var typeFilter = document.getElementById('type-filter');
          var count = document.getElementById('shown-count');
          function show(item) {
            items.forEach(function (other) { other.classList.remove('selected'); });
            item.classList.add('selected');
            var evidence = item.querySelector('.evidence');
            panel.className = '';
            panel.innerHTML = '';
            var heading = document.createElement('p');
            heading.textContent = item.querySelector('time').textContent + ' · ' +
              item.querySelector('.summary').textContent;
            panel.appendChild(heading);
            panel.appendChild(evidence.cloneNode(true));
            panel.lastChild.hidden = false;
          }
          function applyFilters() {
            var actor = actorFilter.value, type = typeFilter.value, shown = 0;
            items.forEach(function (item) {
              var actors = item.getAttribute('data-actors').split(' ');
              var keep = (!actor || actors.indexOf(actor) >= 0) &&
                (!type || item.getAttribute('data-type') === type);
              item.classList.toggle('filtered', !keep);
              if (keep) { shown += 1; }
            });
            count.textContent = shown + ' of ' + items.length + ' events';
          }
          items.forEach(function (item) {
            item.addEventListener('click', function () { show(item); });
            item.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(item); }
            });
          });
          actorFilter.addEventListener('change', applyFilters);
          typeFilter.addEventListener('change', applyFilters);
          Array.prototype.forEach.call(document.querySelectorAll('#diagram g.node'),
            function (node) {
              var id = node.id || '';
              if (id.indexOf('actor:') !== 0) { return; }
              node.addEventListener('click', function () {
                actorFilter.value = id.slice(6);
                applyFilters();
              });
            });
          applyFilters();
          // A link to #event-… opens on that event with its evidence shown.
          var linked = location.hash.indexOf('#event-') === 0 ?
            document.getElementById(location.hash.slice(1)) : null;
          if (linked) { show(linked); linked.scrollIntoView(); }
          if (location.hash !== '#selftest') { return; }
          function visible(element) {
            if (!element) { return false; }
            var box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          }
          var result = { problems: problems };
          result.svgVisible = visible(document.querySelector('#diagram svg'));
          result.timelineVisible = visible(document.querySelector('#timeline')) &&
            items.length > 0 && visible(items[0]);
          result.events = items.length;
          if (items.length > 0) {
            items[0].click();
            var quote = panel.querySelector('blockquote');
            var expected = items[0].querySelector('.evidence blockquote').textContent;
            result.evidenceShown = visible(quote) && quote.textContent === expected &&
              expected.length > 0;
          }
          if (typeFilter.options.length > 2) {
            typeFilter.value = typeFilter.options[1].value;
            applyFilters();
            result.typeFilterHides = document.querySelectorAll('li.event.filtered').length > 0;
            typeFilter.value = '';
            applyFilters();
          }
          result.pass = problems.length === 0 && result.svgVisible &&
            result.timelineVisible && result.evidenceShown === true;
          var out = document.getElementById('selftest-result');
          out.textContent = JSON.stringify(result);
          document.title = 'selftest: ' + (result.pass ? 'pass' : 'fail');
        })();
        """
}
