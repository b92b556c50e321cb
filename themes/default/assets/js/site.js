// Deskbook default theme behaviour. Loaded as a module; the site works without it.
//
// Search: the header box shows results as you type (an ARIA 1.2 combobox with a listbox popup; the arrow
// keys pick a result, Enter opens the picked one or else the search page) and the search page
// (/<lang>/search/?q=...) renders the full list. Both load the search runtime (public/search/search.js, an
// ES module) with a dynamic import() on first use, from the URL in the header form's data-search-runtime
// attribute; the runtime reads the index of the form's language (data-lang) from
// the fixed address search/<lang>/index.json next to it, so a page does not change when the index does.
// Interface strings come from data-t-* attributes of that form.
//
// Safety: no text from the query or from the index is ever parsed as HTML, except the runtime's excerpt,
// which is parsed in an inert <template> and rebuilt from its text and <mark> elements only.

const DEBOUNCE_MS = 120;
const DROPDOWN_LIMIT = 6;
const PAGE_LIMIT = 50;

// ----- Runtime loading -----

let runtimePromise = null;

function runtimeURL(form) {
  const path = form?.dataset.searchRuntime || '/search/search.js';
  return new URL(path, document.baseURI).href;
}

function loadRuntime(form) {
  if (!runtimePromise) {
    runtimePromise = import(runtimeURL(form)).catch((error) => {
      runtimePromise = null; // let a later attempt retry, e.g. after a network hiccup
      throw error;
    });
  }
  return runtimePromise;
}

// ----- Strings -----

function strings(form) {
  const data = form?.dataset ?? {};
  return {
    kinds: { article: data.tKindArticle || 'Article', faq: data.tKindFaq || 'FAQ', policy: data.tKindPolicy || 'Policy' },
    countOne: data.tCountOne || '{count} result',
    count: data.tCount || '{count} results',
    noResults: data.tNoResults || 'No results.',
    didYouMean: data.tDidYouMean || 'Did you mean',
    contact: data.tContact || 'Contact support',
    seeAll: data.tSeeAll || 'See all results',
    error: data.tError || 'Search is not available.',
    emptyQuery: data.tEmptyQuery || '',
    otherLanguage: data.tOtherLanguage || '{language}',
    loading: data.tLoading || '',
    requestURL: data.requestUrl || '',
    searchURL: form?.getAttribute('action') || '',
  };
}

function countText(text, count, lang) {
  let category = 'other';
  try {
    category = new Intl.PluralRules(lang).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  const template = category === 'one' ? text.countOne : text.count;
  return template.replace('{count}', String(count));
}

function kindLabel(text, kind) {
  return text.kinds[kind] || text.kinds.article;
}

/** Tells events.js (loaded when the site has the intake service) a search and its result count. */
function reportSearch(lang, query, results) {
  document.dispatchEvent(new CustomEvent('deskbook:event', { detail: { type: 'search', lang, query, results } }));
}

// ----- Safe rendering -----

// Appends the runtime's excerpt HTML to `target`, keeping only text and <mark> elements. The HTML is parsed
// in a <template>, whose content is inert: nothing in it runs or loads.
function appendExcerpt(target, html) {
  if (typeof html !== 'string' || html === '') return;
  const template = document.createElement('template');
  template.innerHTML = html;
  const copy = (source, destination) => {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        destination.append(node.data);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.localName === 'mark') {
          const mark = document.createElement('mark');
          copy(node, mark);
          destination.append(mark);
        } else if (node.localName !== 'script' && node.localName !== 'style' && node.localName !== 'template') {
          copy(node, destination);
        }
      }
    }
  };
  copy(template.content, target);
}

function element(tag, className, textContent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (textContent !== undefined) node.textContent = textContent;
  return node;
}

// Only same-origin http(s) URLs from the index become links.
function safeURL(url) {
  try {
    const resolved = new URL(String(url), document.baseURI);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
    if (resolved.origin !== window.location.origin) return null;
    return resolved.href;
  } catch {
    return null;
  }
}

function searchPageURL(text, query) {
  const url = new URL(text.searchURL || window.location.pathname, document.baseURI);
  url.searchParams.set('q', query);
  return url.href;
}

// The runtime may or may not offer suggest(); it may return a string, a list of strings or objects.
async function nearMatch(runtime, query, lang) {
  if (typeof runtime.suggest !== 'function') return null;
  try {
    let suggestion = await runtime.suggest(query, { lang });
    if (Array.isArray(suggestion)) suggestion = suggestion[0];
    if (suggestion && typeof suggestion === 'object') suggestion = suggestion.query ?? suggestion.text ?? suggestion.term;
    if (typeof suggestion !== 'string') return null;
    suggestion = suggestion.trim();
    if (!suggestion || suggestion.toLowerCase() === query.trim().toLowerCase()) return null;
    return suggestion;
  } catch {
    return null;
  }
}

async function runSearch(form, query, lang, limit) {
  const runtime = await loadRuntime(form);
  const results = await runtime.search(query, { lang, limit });
  return { runtime, results: Array.isArray(results) ? results.filter((r) => r && safeURL(r.url)) : [] };
}

// The "nothing found" help: the message (unless a status line already says it), a near match (when the
// runtime offers one) and the request form.
function renderHelp(container, text, query, suggestion, onSuggestion, withMessage = true) {
  container.replaceChildren();
  if (withMessage) container.append(element('p', 'search-help__message', text.noResults));
  if (suggestion) {
    const line = element('p', 'search-help__suggestion');
    line.append(`${text.didYouMean} `);
    const link = element('a', 'search-help__suggestion-link', suggestion);
    link.href = searchPageURL(text, suggestion);
    link.dataset.searchSuggestion = suggestion;
    if (onSuggestion) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onSuggestion(suggestion);
      });
    }
    line.append(link, '?');
    container.append(line);
  }
  if (text.requestURL) {
    const line = element('p', 'search-help__contact');
    const link = element('a', 'search-help__contact-link', text.contact);
    link.href = text.requestURL;
    link.dataset.searchRequestLink = '';
    line.append(link);
    container.append(line);
  }
}

// ----- Header box: combobox with a listbox popup -----

class SearchBox {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('#search-input') || form.querySelector('input[name="q"]');
    this.listbox = form.querySelector('#search-results') || form.querySelector('[role="listbox"]');
    this.help = form.querySelector('[data-search-help]');
    this.status = form.querySelector('[data-search-status]');
    this.lang = form.dataset.lang || document.documentElement.lang || 'en';
    this.text = strings(form);
    this.timer = 0;
    this.sequence = 0;
    this.waiting = null; // the query of a debounced search not started yet
    this.pending = null; // the promise of the latest search, for Enter pressed before it finished
    this.results = [];
    this.options = [];
    this.active = -1;
    this.query = '';
    if (!this.input || !this.listbox) return;
    if (!this.help) {
      this.help = element('div', 'search-help');
      this.help.hidden = true;
      this.listbox.after(this.help);
    }
    this.help.id ||= 'search-help';
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('focus', () => {
      // Load the runtime and the language's index bootstrap (its manifest) while the customer types the
      // first words.
      if (!this.warm) {
        this.warm = loadRuntime(form)
          .then((runtime) => (typeof runtime.preload === 'function' ? runtime.preload({ lang: this.lang }) : null))
          .catch(() => {
            this.warm = null;
          });
      }
      if (this.input.value.trim() && this.query === this.input.value.trim()) this.open();
    });
    this.form.addEventListener('focusout', (event) => {
      if (!event.relatedTarget || !this.form.contains(event.relatedTarget)) this.close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.form.contains(event.target)) this.close();
    });
    // Clicking an option must not blur the input before the link is followed.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
  }

  schedule() {
    window.clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (!query) {
      this.sequence++;
      this.waiting = null;
      this.pending = null;
      this.query = '';
      this.clear();
      this.announce('');
      return;
    }
    this.waiting = query;
    this.timer = window.setTimeout(() => this.fire(), DEBOUNCE_MS);
  }

  // Starts the search that schedule() is waiting for.
  fire() {
    window.clearTimeout(this.timer);
    const query = this.waiting;
    this.waiting = null;
    if (query !== null) this.pending = this.update(query);
    return this.pending;
  }

  // Runs a debounced search at once and waits for the latest search to finish.
  async settle() {
    if (this.waiting !== null) this.fire();
    try {
      await this.pending;
    } catch {
      // update() reports its own errors
    }
  }

  async update(query) {
    const sequence = ++this.sequence;
    let outcome;
    try {
      outcome = await runSearch(this.form, query, this.lang, DROPDOWN_LIMIT);
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.warn('Deskbook search failed:', error);
      this.results = [];
      this.query = query;
      this.renderMessage(this.text.error);
      this.announce(this.text.error);
      return;
    }
    if (sequence !== this.sequence) return;
    this.query = query;
    this.results = outcome.results;
    reportSearch(this.lang, query, this.results.length);
    if (this.results.length > 0) {
      this.renderResults();
      this.announce(countText(this.text, this.results.length, this.lang));
    } else {
      const suggestion = await nearMatch(outcome.runtime, query, this.lang);
      if (sequence !== this.sequence) return;
      this.renderNoResults(suggestion);
      this.announce(this.text.noResults);
    }
  }

  renderResults() {
    this.help.hidden = true;
    this.help.replaceChildren();
    this.listbox.replaceChildren();
    this.options = [];
    this.results.forEach((result, index) => {
      const option = element('a', 'search-result');
      option.id = `search-result-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      option.href = safeURL(result.url);
      option.dataset.kind = result.kind || 'article';
      const head = element('span', 'search-result__head');
      const title = element('span', 'search-result__title', String(result.title ?? ''));
      const kind = element('span', 'search-result__kind', kindLabel(this.text, result.kind));
      title.id = `${option.id}-title`;
      kind.id = `${option.id}-kind`;
      head.append(title, kind);
      option.append(head);
      // Screen readers read the title and kind as the option's name, the excerpt as its description.
      option.setAttribute('aria-labelledby', `${title.id} ${kind.id}`);
      if (result.excerpt) {
        const excerpt = element('span', 'search-result__excerpt');
        excerpt.id = `${option.id}-excerpt`;
        appendExcerpt(excerpt, result.excerpt);
        option.append(excerpt);
        option.setAttribute('aria-describedby', excerpt.id);
      }
      this.listbox.append(option);
      this.options.push(option);
    });
    const all = element('a', 'search-result search-result--all', this.text.seeAll);
    all.id = 'search-result-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.tabIndex = -1;
    all.href = searchPageURL(this.text, this.query);
    all.dataset.searchAll = '';
    this.listbox.append(all);
    this.options.push(all);
    this.setActive(-1);
    if (this.hasFocus()) this.open();
  }

  hasFocus() {
    return this.form.contains(document.activeElement);
  }

  renderNoResults(suggestion) {
    this.listbox.replaceChildren();
    this.options = [];
    this.setActive(-1);
    this.listbox.hidden = true;
    renderHelp(this.help, this.text, this.query, suggestion, (near) => {
      this.input.value = near;
      this.input.focus();
      this.schedule();
      this.fire();
    });
    this.help.hidden = !this.hasFocus();
    this.input.setAttribute('aria-expanded', 'false');
  }

  renderMessage(message) {
    this.listbox.replaceChildren();
    this.options = [];
    this.setActive(-1);
    this.listbox.hidden = true;
    this.help.replaceChildren(element('p', 'search-help__message', message));
    this.help.hidden = !this.hasFocus();
    this.input.setAttribute('aria-expanded', 'false');
  }

  open() {
    if (this.options.length > 0) {
      this.listbox.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
    } else if (this.help.childNodes.length > 0) {
      this.help.hidden = false;
    }
  }

  close() {
    this.listbox.hidden = true;
    this.help.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  clear() {
    this.close();
    this.listbox.replaceChildren();
    this.help.replaceChildren();
    this.options = [];
    this.results = [];
  }

  isOpen() {
    return !this.listbox.hidden || !this.help.hidden;
  }

  setActive(index) {
    if (this.options[this.active]) this.options[this.active].setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  move(step) {
    if (this.listbox.hidden) {
      if (this.options.length === 0) return;
      this.open();
    }
    const count = this.options.length;
    let next = this.active + step;
    if (next >= count) next = 0;
    if (next < -1) next = count - 1;
    if (this.active === -1 && step < 0) next = count - 1;
    this.setActive(next);
  }

  async onKeyDown(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (this.waiting !== null) await this.settle();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.waiting !== null) await this.settle();
        this.move(-1);
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.schedule();
        }
        break;
      case 'Enter': {
        if (event.isComposing) return;
        const query = this.input.value.trim();
        if (!query) {
          event.preventDefault();
          return;
        }
        event.preventDefault();
        // Enter opens the result picked with the arrow keys; otherwise the full results of the query.
        const picked = this.query === query && this.waiting === null ? this.options[this.active] : undefined;
        window.location.assign(picked ? picked.href : searchPageURL(this.text, query));
        break;
      }
      default:
        break;
    }
  }

  announce(message) {
    if (!this.status) return;
    // Setting the same text again is not announced; clear first so repeated counts are read.
    if (this.status.textContent === message) this.status.textContent = '';
    window.setTimeout(() => {
      this.status.textContent = message;
    }, 50);
  }
}

// ----- Languages of the site -----

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Georgian', 'Armenian']
  .map((name) => ({ name, letters: new RegExp(`\\p{Script=${name}}`, 'gu') }));

// The writing system most letters of `text` are in, or null when it has no letters.
function dominantScript(text) {
  let best = null;
  let bestCount = 0;
  for (const script of SCRIPTS) {
    const count = (String(text).match(script.letters) || []).length;
    if (count > bestCount) {
      best = script.name;
      bestCount = count;
    }
  }
  return best;
}

// The language switcher's links: each language's own name (written in its own script) and its URL.
function languageLinks() {
  return [...document.querySelectorAll('.language-switcher a[hreflang]')];
}

// Another language of the site whose writing system is the one `query` is written in, when the page's
// language is written in another one (a Russian question on an English page): its switcher link.
function languageForQuery(query, lang) {
  const script = dominantScript(query);
  if (!script) return null;
  const links = languageLinks();
  const current = links.find((link) => link.hreflang === lang);
  if (current && dominantScript(current.textContent) === script) return null;
  return links.find((link) => link.hreflang !== lang && dominantScript(link.textContent) === script) || null;
}

// Points the language switcher at the same query in each language.
function keepQueryInSwitcher(query) {
  for (const link of languageLinks()) {
    const url = new URL(link.href, document.baseURI);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    link.href = url.href;
  }
}

// ----- Search page: /<lang>/search/?q=... -----

class SearchPage {
  constructor(form, headerForm) {
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.status = document.querySelector('[data-search-page-status]');
    this.list = document.querySelector('[data-search-page-results]');
    this.lang = form.dataset.lang || document.documentElement.lang || 'en';
    this.text = strings(headerForm || form);
    this.runtimeForm = headerForm || form;
    this.sequence = 0;
    if (!this.input || !this.list) return;
    this.help = element('div', 'search-page__help');
    this.help.hidden = true;
    this.list.after(this.help);
    this.suggestion = element('p', 'search-page__suggestion');
    this.suggestion.hidden = true;
    this.list.before(this.suggestion);
    this.otherLanguage = element('p', 'search-page__language');
    this.otherLanguage.hidden = true;
    this.suggestion.before(this.otherLanguage);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = this.input.value.trim();
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.pushState({ q: query }, '', url);
      this.render(query);
    });
    window.addEventListener('popstate', () => this.renderFromLocation());
    this.renderFromLocation();
  }

  renderFromLocation() {
    const query = (new URLSearchParams(window.location.search).get('q') || '').trim();
    this.input.value = query;
    this.render(query);
  }

  setStatus(message) {
    if (this.status) this.status.textContent = message;
  }

  async render(query) {
    const sequence = ++this.sequence;
    this.list.replaceChildren();
    this.help.hidden = true;
    this.help.replaceChildren();
    this.suggestion.hidden = true;
    this.suggestion.replaceChildren();
    delete document.body.dataset.searchSuggestionState;
    keepQueryInSwitcher(query);
    this.renderOtherLanguage(query);
    document.body.dataset.searchState = 'loading';
    if (!query) {
      this.setStatus(this.text.emptyQuery);
      document.body.dataset.searchState = 'empty-query';
      return;
    }
    this.setStatus(this.text.loading);
    let outcome;
    try {
      outcome = await runSearch(this.runtimeForm, query, this.lang, PAGE_LIMIT);
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.warn('Deskbook search failed:', error);
      this.setStatus(this.text.error);
      document.body.dataset.searchState = 'error';
      return;
    }
    if (sequence !== this.sequence) return;
    const { results, runtime } = outcome;
    reportSearch(this.lang, query, results.length);
    if (results.length === 0) {
      const suggestion = await nearMatch(runtime, query, this.lang);
      if (sequence !== this.sequence) return;
      document.body.dataset.searchSuggestionState = suggestion ? 'offered' : 'none';
      this.setStatus(this.text.noResults);
      renderHelp(this.help, this.text, query, suggestion, null, false);
      this.help.hidden = false;
      document.body.dataset.searchState = 'no-results';
      return;
    }
    for (const result of results) {
      const item = element('li', 'search-page__result');
      item.dataset.kind = result.kind || 'article';
      const heading = element('h2', 'search-page__title');
      const link = element('a', '', String(result.title ?? ''));
      link.href = safeURL(result.url);
      heading.append(link);
      item.append(heading);
      item.append(element('span', 'kind-badge', kindLabel(this.text, result.kind)));
      if (result.excerpt) {
        const excerpt = element('p', 'search-page__excerpt');
        appendExcerpt(excerpt, result.excerpt);
        item.append(excerpt);
      }
      this.list.append(item);
    }
    this.setStatus(countText(this.text, results.length, this.lang));
    document.body.dataset.searchState = 'results';
    // Misspelled words were matched anyway; offer the corrected query too. The body's data-search-suggestion-state
    // tells when that is decided ("offered" or "none").
    const suggestion = await nearMatch(runtime, query, this.lang);
    if (sequence !== this.sequence) return;
    document.body.dataset.searchSuggestionState = suggestion ? 'offered' : 'none';
    if (!suggestion) return;
    const link = element('a', 'search-help__suggestion-link', suggestion);
    link.href = searchPageURL(this.text, suggestion);
    link.dataset.searchSuggestion = suggestion;
    this.suggestion.append(`${this.text.didYouMean} `, link, '?');
    this.suggestion.hidden = false;
  }

  // A question written in another language's script gets a link to that language's results.
  renderOtherLanguage(query) {
    this.otherLanguage.replaceChildren();
    const language = query ? languageForQuery(query, this.lang) : null;
    this.otherLanguage.hidden = !language;
    if (!language) return;
    const [before, after = ''] = this.text.otherLanguage.split('{language}');
    const link = element('a', 'search-page__language-link', language.textContent.trim());
    link.href = language.href; // keepQueryInSwitcher already added the query
    link.hreflang = language.hreflang;
    link.lang = language.lang;
    link.dataset.searchOtherLanguage = language.hreflang;
    this.otherLanguage.append(before, link, after);
  }
}

// ----- Header: the menu button of narrow screens, and the current section -----

// On a narrow screen the navigation and the language switcher fold behind a menu button (style.css); where
// scripts do not run, no-script.css unfolds them and hides the button.
function startMenu() {
  const button = document.querySelector('[data-menu-button]');
  const menu = document.querySelector('[data-menu]');
  const header = button?.closest('.site-header');
  if (!button || !menu || !header) return;
  const show = (open) => {
    header.dataset.menu = open ? 'open' : 'closed';
    button.setAttribute('aria-expanded', String(open));
  };
  show(false);
  button.addEventListener('click', () => show(header.dataset.menu !== 'open'));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.dataset.menu === 'open') {
      show(false);
      button.focus();
    }
  });
}

// Marks the navigation link of the section the page is in (the longest link path the page's path starts with).
function markCurrentSection() {
  const here = window.location.pathname;
  let best = null;
  for (const link of document.querySelectorAll('.site-nav a[href]')) {
    const path = new URL(link.href, document.baseURI).pathname;
    if (path.endsWith('/') && here.startsWith(path) && (!best || path.length > best.path.length)) best = { link, path };
  }
  if (best) best.link.setAttribute('aria-current', best.path === here ? 'page' : 'true');
}

// ----- Colour scheme: the toggle in the header -----

// Pages follow the system setting until the reader picks a scheme with the toggle. The choice is kept in
// localStorage under this key, which color-scheme.inline.js reads to apply it before the first paint.
const SCHEME_KEY = 'deskbook-color-scheme';

function startSchemeToggle() {
  const button = document.querySelector('[data-scheme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.colorScheme || (system.matches ? 'dark' : 'light')) === 'dark';
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const scheme = isDark() ? 'light' : 'dark';
    root.dataset.colorScheme = scheme;
    try {
      localStorage.setItem(SCHEME_KEY, scheme);
    } catch {
      // Storage refused (a private window, for one): the choice lasts as long as the page.
    }
    show();
  });
  system.addEventListener('change', show);
  show();
  button.hidden = false;
}

// ----- Start -----

function start() {
  startMenu();
  startSchemeToggle();
  markCurrentSection();
  const headerForm = document.querySelector('[data-search-form]');
  if (headerForm) new SearchBox(headerForm);
  const pageForm = document.querySelector('[data-search-page]');
  if (pageForm) new SearchPage(pageForm, headerForm);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
