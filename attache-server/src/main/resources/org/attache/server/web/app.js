// Attaché web UI: plain DOM code over the JSON API (docs/api.md).
// Article text and every other value from the store is untrusted: it only ever enters the page as text
// (el(), append(), textContent), never as HTML, and links are built from our own paths.
'use strict';

const KINDS = ['message', 'call', 'meeting', 'visit', 'agreement', 'request', 'accusation', 'threat', 'protest',
  'military_test', 'military_action', 'sanction', 'aid', 'statement', 'other'];
const PALETTE = ['#1b6ca8', '#c0392b', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#2c3e50', '#f39c12',
  '#7f8c8d', '#e84393', '#00b894', '#6c5ce7', '#b33939', '#218c74', '#596275'];

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value != null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child != null) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function page(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') query.set(k, v);
  return path + '?' + query.toString();
}

const links = {
  event: (id) => page('/event.html', {id}),
  article: (key) => page('/article.html', {key}),
  actor: (actor) => page('/actor.html', {actor}),
  dyad: (a, b) => page('/', {a, b}),
};

/** Only web links become clickable: a stored URL could be javascript: or worse. */
function externalLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', {href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank'}, url);
    }
  } catch (e) { /* not a URL: shown as text */ }
  return url;
}

async function api(path, params) {
  const response = await fetch(params ? page(path, params) : path, {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function showError(error) {
  const box = document.getElementById('error');
  box.textContent = String(error.message || error);
  box.hidden = false;
}

function params() {
  return new URLSearchParams(location.search);
}

function actorName(actor) {
  return actor.name ? actor.name + ' (' + actor.country + ')' : actor.country;
}

function actorLinks(actors) {
  if (!actors.length) return ['–'];
  const out = [];
  actors.forEach((a, i) => {
    if (i) out.push(', ');
    out.push(el('a', {href: links.actor(a.name || a.country)}, actorName(a)));
  });
  return out;
}

function dateText(date) {
  if (!date || !date.start) return 'date unknown';
  const days = date.start === date.end ? date.start : date.start + ' – ' + date.end;
  return days + ' (' + date.basis + ')';
}

/** A table of event summaries, each linking to its event page. */
function eventTable(events) {
  if (!events.length) return el('p', {class: 'empty'}, 'No events.');
  return el('table', {class: 'events'},
    el('thead', {}, el('tr', {}, ['Date', 'Kind', 'Source', 'Target', 'Reports', 'Evidence'].map((h) => el('th', {}, h)))),
    el('tbody', {}, events.map((e) => el('tr', {class: 'event-row ' + e.stance, 'data-id': e.id},
      el('td', {class: 'date'}, e.date.start ? e.date.start : 'unknown'),
      el('td', {}, el('a', {href: links.event(e.id), class: 'event-link'}, e.kind.replace('_', ' '))),
      el('td', {}, actorLinks(e.source)),
      el('td', {}, actorLinks(e.target)),
      el('td', {class: 'num'}, e.articles),
      el('td', {class: 'evidence-cell'}, e.evidence || '')))));
}

function speakerName(quote) {
  return quote.speaker ? actorName(quote.speaker) : 'unattributed';
}

/** Quotes with their speakers; direct quotes in quote marks, reported words as they stand. */
function quoteList(quotes) {
  return el('ul', {class: 'quotes'}, quotes.map((q) => el('li', {class: 'quote'},
    el('span', {class: 'speaker'}, speakerName(q)), ': ',
    q.direct ? el('span', {class: 'direct'}, '\u201c' + q.text + '\u201d')
      : el('span', {class: 'reported'}, q.text + ' (reported)'))));
}

/** The text with the spans marked; spans may overlap, so each stretch between boundaries gets all its classes. */
function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const covering = spans.filter((s) => s.start <= from && to <= s.end);
    const piece = text.slice(from, to);
    if (!covering.length) {
      out.append(piece);
      continue;
    }
    const classes = [...new Set(covering.map((s) => s.cls))].join(' ');
    const titles = [...new Set(covering.map((s) => s.title).filter(Boolean))].join('\n');
    out.append(el('mark', {class: classes, title: titles || null}, piece));
  }
  return out;
}

function pager(container, offset, limit, total, go) {
  container.replaceChildren();
  if (total <= limit) return;
  if (offset > 0) container.append(el('button', {type: 'button', class: 'prev'}, '← Previous'));
  container.append(' ' + (offset + 1) + '–' + Math.min(total, offset + limit) + ' of ' + total + ' ');
  if (offset + limit < total) container.append(el('button', {type: 'button', class: 'next'}, 'Next →'));
  const prev = container.querySelector('.prev');
  const next = container.querySelector('.next');
  if (prev) prev.addEventListener('click', () => go(Math.max(0, offset - limit)));
  if (next) next.addEventListener('click', () => go(offset + limit));
}

function chart(container, title, xs, series) {
  container.replaceChildren();
  if (!xs.length) {
    container.append(el('p', {class: 'empty'}, 'No dated events.'));
    return;
  }
  const width = Math.max(320, container.clientWidth || 800);
  const opts = {
    title, width, height: 260,
    scales: {x: {time: true}},
    series: [{}].concat(series.map((s) => ({
      label: s.label, stroke: s.color, fill: s.color + '33', width: 2,
      points: {show: true, size: 5},
    }))),
    axes: [{}, {label: 'events'}],
  };
  // uPlot draws on a canvas; labels it adds are set as text by uPlot itself.
  new uPlot(opts, [xs].concat(series.map((s) => s.values)), container);
}

function periodSeconds(period) {
  return Date.parse(period + 'T00:00:00Z') / 1000;
}

/** The first day of the period after the one starting on {@code day} (ISO text, UTC). */
function nextPeriod(day, by) {
  const d = new Date(day + 'T00:00:00Z');
  if (by === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

function previousPeriod(day, by) {
  const d = new Date(day + 'T00:00:00Z');
  if (by === 'day') d.setUTCDate(d.getUTCDate() - 1);
  else if (by === 'week') d.setUTCDate(d.getUTCDate() - 7);
  else d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every period from the one before the first to the one after the last, empty ones as zeros. */
function filledPeriods(timeline) {
  const given = timeline.periods;
  if (!given.length) return [];
  const byDay = new Map(given.map((p) => [p.period, p]));
  const last = nextPeriod(given[given.length - 1].period, timeline.by);
  const out = [];
  for (let day = previousPeriod(given[0].period, timeline.by); day <= last && out.length < 20000;
    day = nextPeriod(day, timeline.by)) {
    out.push(byDay.get(day) || {period: day, events: 0, cooperation: 0, conflict: 0, uncoded: 0, kinds: {}});
  }
  return out;
}

/** Draws the stance and kind charts of a timeline answer. */
function drawTimeline(timeline, stanceBox, kindBox) {
  const periods = filledPeriods(timeline);
  const xs = periods.map((p) => periodSeconds(p.period));
  chart(stanceBox, 'Events per ' + timeline.by, xs, [
    {label: 'cooperation', color: '#27ae60', values: periods.map((p) => p.cooperation)},
    {label: 'conflict', color: '#c0392b', values: periods.map((p) => p.conflict)},
  ]);
  if (kindBox) {
    const kinds = KINDS.filter((k) => periods.some((p) => p.kinds[k]));
    chart(kindBox, 'Events per ' + timeline.by + ' by kind', xs, kinds.map((k, i) => ({
      label: k.replace('_', ' '), color: PALETTE[i % PALETTE.length], values: periods.map((p) => p.kinds[k] || 0),
    })));
  }
}

const pages = {
  async timeline() {
    const q = params();
    const form = document.getElementById('timeline-form');
    const kind = document.getElementById('kind');
    KINDS.forEach((k) => kind.append(el('option', {value: k}, k.replace('_', ' '))));
    for (const name of ['a', 'b', 'kind', 'from', 'to', 'by']) {
      if (q.get(name)) form.elements[name].value = q.get(name);
    }
    const filters = {kind: q.get('kind'), from: q.get('from'), to: q.get('to')};
    const a = (q.get('a') || '').trim();
    const b = (q.get('b') || '').trim();
    if (a && b) filters.dyad = a + ',' + b;
    else if (a || b) filters.actor = a || b;
    const timeline = await api('/api/timeline', Object.assign({by: q.get('by') || 'month'}, filters));
    const total = timeline.periods.reduce((n, p) => n + p.events, 0);
    const who = filters.dyad ? a + ' and ' + b : (filters.actor || 'all actors');
    document.getElementById('timeline-summary').textContent =
      total + ' dated events for ' + who + ': ' +
      timeline.periods.reduce((n, p) => n + p.cooperation, 0) + ' cooperation, ' +
      timeline.periods.reduce((n, p) => n + p.conflict, 0) + ' conflict.';
    drawTimeline(timeline, document.getElementById('stance-chart'), document.getElementById('kind-chart'));
    const list = document.getElementById('event-list');
    const show = async (offset) => {
      const answer = await api('/api/events', Object.assign({offset, limit: 50}, filters));
      list.replaceChildren(eventTable(answer.events));
      pager(document.getElementById('event-pager'), offset, 50, answer.total, show);
    };
    await show(0);
  },

  async event() {
    const id = params().get('id');
    if (!id) throw new Error('no event id given');
    const answer = await api('/api/events/' + encodeURIComponent(id));
    const e = answer.event;
    document.title = 'Attaché: ' + e.kind + ' ' + (e.date.start || '');
    const facts = el('dl', {class: 'facts'},
      el('dt', {}, 'Date'), el('dd', {}, dateText(e.date)),
      el('dt', {}, 'Source'), el('dd', {}, actorLinks(e.source)),
      el('dt', {}, 'Target'), el('dd', {}, actorLinks(e.target)),
      el('dt', {}, 'PLOVER'), el('dd', {}, (e.plover.type || 'uncoded') + (e.plover.mode ? ' / ' + e.plover.mode : '')),
      el('dt', {}, 'CAMEO'), el('dd', {}, e.cameo || '–'),
      el('dt', {}, 'Stance'), el('dd', {class: e.stance}, e.stance),
      el('dt', {}, 'Reports'), el('dd', {}, e.mentions + ' mention(s) in ' + e.articles + ' article(s)'));
    const box = document.getElementById('event');
    box.replaceChildren(el('h1', {class: 'event-title'}, e.kind.replace('_', ' ') + ': ',
      e.source.map(actorName).join(', ') || '–', ' → ', e.target.map(actorName).join(', ') || '–'), facts);
    if (answer.in_reply_to) {
      box.append(el('p', {}, 'In reply to ', el('a', {href: links.event(answer.in_reply_to.id)},
        answer.in_reply_to.kind + ' of ' + (answer.in_reply_to.date.start || 'unknown date'))));
    }
    if (answer.replies.length) {
      box.append(el('h2', {}, 'Replies'), eventTable(answer.replies));
    }
    if (answer.quotes.length) {
      box.append(el('h2', {}, 'Quotes'), quoteList(answer.quotes));
    }
    const mentions = document.getElementById('mentions');
    const texts = new Map();
    for (const m of answer.mentions) {
      if (!texts.has(m.article.key)) texts.set(m.article.key, api('/api/article', {key: m.article.key}));
      const article = await texts.get(m.article.key);
      const body = el('div', {class: 'article-text'});
      body.append(markedText(article.text, [{start: m.evidence.start, end: m.evidence.end, cls: 'evidence',
        title: m.rule}]));
      mentions.append(el('section', {class: 'mention', 'data-id': m.id},
        el('h3', {}, el('a', {href: links.article(m.article.key)}, m.article.title || m.article.key)),
        el('p', {class: 'meta'}, [m.article.source, m.article.published && m.article.published.date,
          'rule ' + m.rule, 'confidence ' + m.confidence].filter(Boolean).join(' · ')),
        el('blockquote', {class: 'evidence-quote'}, m.evidence.text || '(evidence not available)'),
        body));
      const mark = body.querySelector('mark');
      if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - 40);
    }
  },

  async article() {
    const key = params().get('key');
    if (!key) throw new Error('no article key given');
    const a = await api('/api/article', {key});
    document.title = 'Attaché: ' + (a.title || a.key);
    const spans = [];
    a.actors.forEach((m) => spans.push({start: m.start, end: m.end, cls: 'actor',
      title: actorName(m) + (m.role ? ', ' + m.role : '')}));
    a.times.forEach((t) => spans.push({start: t.start, end: t.end, cls: t.reporting ? 'time reporting' : 'time',
      title: dateText(t.date)}));
    a.events.forEach((e) => e.spans.forEach((s) => spans.push({start: s.start, end: s.end, cls: 'evidence',
      title: e.kind + ' ' + (e.date.start || '')})));
    a.quotes.forEach((q) => spans.push({start: q.start, end: q.end, cls: 'quote', title: 'said by ' + speakerName(q)}));
    const people = new Map();
    a.actors.forEach((m) => people.set(actorName(m), m));
    const box = document.getElementById('article');
    box.replaceChildren(
      el('h1', {class: 'article-title'}, a.title || a.key),
      el('p', {class: 'meta'}, [a.source, a.published.date ? 'published ' + a.published.date + ' (' + a.published.origin + ')'
        : 'publication date unknown'].filter(Boolean).join(' · '), a.url ? ' · ' : '', a.url ? externalLink(a.url) : ''),
      el('section', {}, el('h2', {}, 'Events'), eventTable(a.events)),
      a.quotes.length ? el('section', {}, el('h2', {}, 'Quotes'), quoteList(a.quotes)) : '',
      el('section', {class: 'side'},
        el('h2', {}, 'Actors'),
        el('ul', {class: 'actors'}, [...people.values()].map((m) =>
          el('li', {}, el('a', {href: links.actor(m.name || m.country)}, actorName(m))))),
        el('h2', {}, 'Dates'),
        el('ul', {class: 'times'}, a.times.map((t) => el('li', {}, t.reporting ? 'report: ' : '',
          a.text.slice(t.start, t.end), ' → ', dateText(t.date))))),
      el('section', {}, el('h2', {}, 'Text'),
        el('p', {class: 'legend'}, el('mark', {class: 'actor'}, 'actor'), ' ', el('mark', {class: 'time'}, 'date'), ' ',
          el('mark', {class: 'evidence'}, 'event evidence'), ' ', el('mark', {class: 'quote'}, 'quote')),
        el('div', {class: 'article-text full'}, markedText(a.text, spans))));
  },

  async articles() {
    const list = document.getElementById('article-list');
    const show = async (offset) => {
      const answer = await api('/api/articles', {offset, limit: 50});
      list.replaceChildren(answer.articles.length ? el('table', {class: 'articles'},
        el('thead', {}, el('tr', {}, ['Published', 'Title', 'Source'].map((h) => el('th', {}, h)))),
        el('tbody', {}, answer.articles.map((a) => el('tr', {},
          el('td', {class: 'date'}, a.published.date || 'unknown'),
          el('td', {}, el('a', {href: links.article(a.key)}, a.title || a.key)),
          el('td', {}, a.source || '')))))
        : el('p', {class: 'empty'}, 'No articles.'));
      pager(document.getElementById('article-pager'), offset, 50, answer.total, show);
    };
    await show(0);
  },

  async actor() {
    const actor = (params().get('actor') || '').trim();
    const box = document.getElementById('actor');
    if (!actor) {
      const answer = await api('/api/actors', {limit: 200});
      box.replaceChildren(el('table', {class: 'actors'},
        el('thead', {}, el('tr', {}, ['Actor', 'Events'].map((h) => el('th', {}, h)))),
        el('tbody', {}, answer.actors.map((a) => el('tr', {},
          el('td', {}, el('a', {href: links.actor(a.name || a.country)}, actorName(a))),
          el('td', {class: 'num'}, a.events))))));
      return;
    }
    document.getElementById('actor-title').textContent = actor;
    document.title = 'Attaché: ' + actor;
    const [timeline, counterparts, events] = await Promise.all([
      api('/api/timeline', {actor, by: 'month'}),
      api('/api/actors', {actor, limit: 30}),
      api('/api/events', {actor, limit: 50}),
    ]);
    const chartBox = el('div', {class: 'chart', id: 'stance-chart'});
    // The actor's own country is named by all its records; a person's is the country of the matching names.
    const needle = actor.toLowerCase();
    const own = new Set([needle].concat(counterparts.actors
      .filter((a) => a.name && a.name.toLowerCase().includes(needle)).map((a) => a.country.toLowerCase())));
    const others = counterparts.actors.filter((a) => !a.name && !own.has(a.country.toLowerCase()));
    box.replaceChildren(
      el('p', {class: 'summary'}, events.total + ' events name ' + actor + '.'),
      el('section', {}, el('h2', {}, 'Cooperation and conflict'), chartBox),
      el('section', {}, el('h2', {}, 'With'), el('ul', {class: 'counterparts'}, others.map((a) =>
        el('li', {}, el('a', {href: links.dyad(actor, a.country)}, a.country), ' ', a.events + ' events')))),
      el('section', {}, el('h2', {}, 'Events'), eventTable(events.events)));
    drawTimeline(timeline, chartBox, null);
  },

  async search() {
    const q = (params().get('q') || '').trim();
    document.getElementById('search-box').value = q;
    if (!q) return;
    const answer = await api('/api/search', {q, limit: 50});
    document.getElementById('search-summary').textContent = answer.total + ' matches for “' + q + '”.';
    document.getElementById('hits').replaceChildren(...answer.hits.map((h) => {
      const snippet = el('p', {class: 'snippet'});
      snippet.append(markedText(h.snippet, h.matches.map((m) => ({start: m.start, end: m.end, cls: 'match'}))));
      return el('li', {class: 'hit ' + h.type},
        el('span', {class: 'type'}, h.type), ' ',
        el('a', {href: h.type === 'event' ? links.event(h.id) : links.article(h.id)}, h.title),
        snippet);
    }));
  },
};

document.addEventListener('DOMContentLoaded', () => {
  const name = document.body.dataset.page;
  pages[name]().then(() => { document.body.dataset.ready = 'true'; }).catch((e) => {
    showError(e);
    document.body.dataset.ready = 'error';
  });
});
