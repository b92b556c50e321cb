/// `/_deskbook/live.js`: the script the preview adds to every page.
///
/// It listens to `/_deskbook/events` (see `PreviewEvent`): it reloads the page when the site changed,
/// keeping the scroll position in sessionStorage; swaps stylesheets in place when only they changed; and
/// draws the latest build's problems over the page, as text nodes only. A page whose build is not the one
/// being served (it was loaded just before a rebuild, or the server restarted) reloads when it connects.
enum LiveReloadScript {
    static let source = #"""
    // Deskbook preview: live reload and build problems. Added by `deskbook serve` only.
    (() => {
      'use strict';
      const script = document.currentScript;
      let build = script ? script.dataset.build : '';
      const scrollKey = 'deskbook-preview-scroll:' + location.pathname + location.search;

      restoreScroll();
      const events = new EventSource('/_deskbook/events');
      events.addEventListener('status', (message) => {
        const status = JSON.parse(message.data);
        if (status.build !== build) {
          reload();
        } else {
          showProblems(status.problems);
        }
      });
      events.addEventListener('reload', () => reload());
      events.addEventListener('stylesheets', (message) => {
        const update = JSON.parse(message.data);
        build = update.build;
        swapStylesheets(update.changes);
      });

      function reload() {
        try {
          sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
        } catch (error) {
          // Storage may be disabled; the page still reloads.
        }
        events.close();
        location.reload();
      }

      function restoreScroll() {
        let position = null;
        try {
          position = JSON.parse(sessionStorage.getItem(scrollKey));
          sessionStorage.removeItem(scrollKey);
        } catch (error) {
          return;
        }
        if (!Array.isArray(position) || position.length !== 2) return;
        const apply = () => window.scrollTo(Number(position[0]) || 0, Number(position[1]) || 0);
        apply();
        window.addEventListener('load', apply, { once: true });
      }

      function swapStylesheets(changes) {
        for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
          const path = new URL(link.href, location.href).pathname;
          const change = changes.find((candidate) => candidate.from === path);
          if (!change) continue;
          const next = link.cloneNode();
          next.href = change.to + '?build=' + encodeURIComponent(build);
          next.addEventListener('load', () => link.remove(), { once: true });
          link.after(next);
        }
      }

      function showProblems(problems) {
        let overlay = document.getElementById('deskbook-problems');
        if (!problems.length) {
          if (overlay) overlay.remove();
          return;
        }
        if (!overlay) {
          overlay = document.createElement('section');
          overlay.id = 'deskbook-problems';
          overlay.className = 'deskbook-problems';
          overlay.setAttribute('role', 'alert');
          overlay.setAttribute('aria-labelledby', 'deskbook-problems-title');
          document.body.append(overlay);
        }
        const title = document.createElement('h2');
        title.id = 'deskbook-problems-title';
        title.textContent = 'The site could not be built';
        const list = document.createElement('ul');
        for (const problem of problems) {
          const item = document.createElement('li');
          const code = document.createElement('code');
          code.textContent = problem;
          item.append(code);
          list.append(item);
        }
        const note = document.createElement('p');
        note.textContent = 'This is the last version that built. Save a fix and the page updates by itself.';
        const hide = document.createElement('button');
        hide.type = 'button';
        hide.textContent = 'Hide';
        hide.addEventListener('click', () => { overlay.hidden = true; });
        overlay.hidden = false;
        overlay.replaceChildren(title, list, note, hide);
      }
    })();

    """#
}
