// Deskbook self-service events: what customers search for and how many results they get, which suggested
// articles the request form showed and which they opened, whether an article answered the request, and the
// "Was this helpful?" votes under articles and under each answer of an FAQ page. They go to the intake service's
// `/events` (the page's `data-api` on <body>, set only when intake.yml's `submit.endpoint` is the service), so
// `deskbook report` can tell the self-service rate.
//
// No personal data: an event holds its type, the page language, and a search's final query and result count or
// an article's path (an FAQ answer's with its #anchor); a vote adds yes or no, an optional reason and an
// optional comment. No identifiers, no cookies, no storage beyond this tab's last reported search
// (sessionStorage, so a search reported from the box is not reported again by the results page it leads to).
//
// Other scripts dispatch `deskbook:event` on document with the event as `detail`; searches wait until the
// customer stops typing, so only the final query of a search is sent. Events go with navigator.sendBeacon as
// text/plain JSON (no CORS preflight, and they survive leaving the page), else fetch with keepalive.

/** How long a search must stay unchanged before it is reported. */
export const SEARCH_DELAY_MS = 1200;
/** The reasons a "No" vote may give, as the service expects them. */
export const REASONS = ['outdated', 'unclear', 'not_my_question', 'other'];
/** The longest comment and query sent, in characters. */
export const COMMENT_LIMIT = 1000;
export const QUERY_LIMIT = 200;

const ARTICLE_TYPES = new Set(['suggestion_shown', 'suggestion_opened', 'answered', 'submitted_anyway']);

function clip(text, limit) {
  return Array.from(String(text ?? '').trim()).slice(0, limit).join('');
}

/**
 * The event to send for a dispatched `detail`, in the agreed schema, or null when it is not one: a search with
 * a query and a whole result count, an article event with a path, or a vote.
 */
export function eventFor(detail) {
  if (!detail || typeof detail !== 'object' || typeof detail.lang !== 'string' || !detail.lang) return null;
  const lang = detail.lang;
  if (detail.type === 'search') {
    const query = clip(detail.query, QUERY_LIMIT);
    const results = Number(detail.results);
    if (!query || !Number.isInteger(results) || results < 0) return null;
    return { type: 'search', lang, query, results };
  }
  const article = typeof detail.article === 'string' && detail.article.startsWith('/') ? detail.article : null;
  if (!article) return null;
  if (ARTICLE_TYPES.has(detail.type)) return { type: detail.type, lang, article };
  if (detail.type === 'vote' && typeof detail.helpful === 'boolean') {
    const event = { type: 'vote', lang, article, helpful: detail.helpful };
    if (!detail.helpful && REASONS.includes(detail.reason)) event.reason = detail.reason;
    const comment = detail.helpful ? '' : clip(detail.comment, COMMENT_LIMIT);
    if (comment) event.comment = comment;
    return event;
  }
  return null;
}

/**
 * Sends one event to `url`: navigator.sendBeacon with a text/plain body, or fetch with keepalive when the
 * beacon is refused or missing. Never throws; the page goes on whatever happens to the event.
 */
export function send(url, event, { navigator = globalThis.navigator, fetch = globalThis.fetch } = {}) {
  const body = JSON.stringify(event);
  try {
    if (navigator?.sendBeacon?.(url, new Blob([body], { type: 'text/plain;charset=UTF-8' }))) return 'beacon';
  } catch {
    // fall through to fetch
  }
  try {
    fetch?.(url, { method: 'POST', body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } })?.catch?.(() => {});
    return 'fetch';
  } catch {
    return null;
  }
}

/**
 * Reports searches once they settle: each `report` replaces the waiting one, which is sent after `delay` ms
 * or at `flush()` (the page being left), unless it is the search reported last (`memory`, this tab's).
 */
export class SearchReporter {
  constructor(emit, { delay = SEARCH_DELAY_MS, timers = globalThis, memory = null } = {}) {
    this.emit = emit;
    this.delay = delay;
    this.timers = timers;
    this.memory = memory;
    this.waiting = null;
    this.timer = null;
  }

  report(event) {
    this.waiting = event;
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.flush(), this.delay);
  }

  flush() {
    this.timers.clearTimeout(this.timer);
    const event = this.waiting;
    this.waiting = null;
    if (!event) return;
    const key = `${event.lang}\n${event.query}`;
    try {
      if (this.memory?.getItem('deskbook-last-search') === key) return;
      this.memory?.setItem('deskbook-last-search', key);
    } catch {
      // storage unavailable: report anyway
    }
    this.emit(event);
  }
}

// ----- "Was this helpful?" -----

/** Wires one feedback widget (partials/feedback.mustache): Yes sends at once; No asks why, optionally. */
function startFeedback(widget, emit) {
  const lang = document.documentElement.lang || 'en';
  const article = widget.dataset.article;
  const details = widget.querySelector('[data-feedback-details]');
  const thanks = widget.querySelector('[data-feedback-thanks]');
  const answers = widget.querySelector('[data-feedback-answers]');
  let pendingNo = false;
  const finish = (vote) => {
    emit({ type: 'vote', lang, article, ...vote });
    pendingNo = false;
    if (answers) answers.hidden = true;
    if (details) details.hidden = true;
    thanks.hidden = false;
    thanks.focus();
  };
  for (const button of widget.querySelectorAll('[data-feedback-answer]')) {
    button.addEventListener('click', () => {
      for (const other of widget.querySelectorAll('[data-feedback-answer]')) {
        other.setAttribute('aria-pressed', String(other === button));
      }
      if (button.dataset.feedbackAnswer === 'yes') {
        finish({ helpful: true });
      } else if (details) {
        pendingNo = true;
        details.hidden = false;
        details.querySelector('input, textarea')?.focus();
      } else {
        finish({ helpful: false });
      }
    });
  }
  details?.addEventListener('submit', (event) => {
    event.preventDefault();
    const reason = details.querySelector('input[name="reason"]:checked')?.value;
    finish({ helpful: false, reason, comment: details.querySelector('textarea')?.value });
  });
  // A "No" without the details sent is still a vote: send it as the page is left.
  window.addEventListener('pagehide', () => {
    if (pendingNo) finish({ helpful: false });
  });
  widget.hidden = false;
}

// ----- "Was this helpful?" under each FAQ answer -----

/**
 * The questions of an FAQ page's answers container, as FAQQuestions.swift finds them: its headings (with an id)
 * of the highest level present, each with the element its answer ends before (null: the container's end).
 */
function answerEnds(container) {
  const headings = [...container.children].filter((child) => /^h[1-6]$/.test(child.localName) && child.id);
  const top = Math.min(...headings.map((heading) => Number(heading.localName.slice(1))));
  const questions = headings.filter((heading) => Number(heading.localName.slice(1)) === top);
  return questions.map((heading, index) => ({ heading, end: questions[index + 1] ?? null }));
}

/**
 * Puts a copy of the page's answer widget (partials/answer-feedback.mustache) at the end of each answer of an
 * FAQ page, labelled by its question and voting for the page's URL with the question's #anchor; a page without
 * questions gets one for the whole page.
 */
function startAnswerFeedback(template, emit) {
  const container = document.querySelector('[data-faq-answers]');
  if (!container) return;
  const place = (article, labelledBy, before) => {
    const widget = template.content.firstElementChild.cloneNode(true);
    const number = container.querySelectorAll('[data-feedback]').length + 1;
    const title = widget.querySelector('[data-feedback-title]');
    title.id = `answer-feedback-${number}`;
    widget.setAttribute('aria-labelledby', [title.id, labelledBy].filter(Boolean).join(' '));
    const comment = widget.querySelector('textarea');
    if (comment) {
      comment.id = `answer-feedback-comment-${number}`;
      widget.querySelector('label[for]')?.setAttribute('for', comment.id);
    }
    widget.dataset.article = article;
    container.insertBefore(widget, before);
    startFeedback(widget, emit);
  };
  const questions = answerEnds(container);
  if (questions.length === 0) place(template.dataset.article, null, null);
  for (const { heading, end } of questions) place(`${template.dataset.article}#${heading.id}`, heading.id, end);
}

function start() {
  const url = document.body?.dataset.api;
  if (!url) return;
  const emit = (detail) => {
    const event = eventFor(detail);
    if (event) send(url, event);
  };
  let memory = null;
  try {
    memory = window.sessionStorage;
  } catch {
    memory = null;
  }
  const searches = new SearchReporter(emit, { memory });
  document.addEventListener('deskbook:event', (event) => {
    if (event.detail?.type === 'search') searches.report(event.detail);
    else emit(event.detail);
  });
  const leave = () => searches.flush();
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
  for (const widget of document.querySelectorAll('[data-feedback]')) startFeedback(widget, emit);
  const answers = document.querySelector('template[data-answer-feedback]');
  if (answers) startAnswerFeedback(answers, emit);
}

if (typeof document !== 'undefined') start();
