// Start page: one box for questions and keywords; answer card, results, facets, date range, sort, paging, export.
// The URL holds the whole state (/?q=...&person=...), so links can be shared and the back button works.
import { api } from './api.js';
import { el, danishDate, itemHref, highlighted } from './dom.js';

const FILTERS = ['kommune', 'organ', 'parti', 'person', 'unit', 'budgetYear', 'section', 'from', 'to', 'sort', 'page'];
// Each facet filters by the search parameter of its own name (year by the date range); listed in this order.
const FACET_TITLES = { kommune: 'Kommune', organ: 'Organ', year: 'År', parti: 'Parti', person: 'Person', unit: 'Enhed',
  budgetYear: 'Budgetår', section: 'Afsnit' };
const QUESTION = /^(hvem|hvad|hvornår|hvor|hvilke|hvilket|hvilken|hvordan|hvorfor)\b|\?\s*$/i;
const PAGE_SIZE = 10;

export async function searchPage(main, params, navigate) {
  const state = Object.fromEntries(['q', ...FILTERS].map(k => [k, params.get(k) || '']));
  main.replaceChildren(form(state, navigate));
  const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const answerSlot = el('section', { id: 'svar', 'aria-label': 'Svar' });
  const layout = el('div', { class: 'layout' });
  main.append(status, answerSlot, layout);
  const hasFilter = FILTERS.some(k => k !== 'sort' && k !== 'page' && state[k]);
  if (!state.q && !hasFilter) {
    status.textContent = 'Stil et spørgsmål, fx »Hvem leder netværket Ensomme ældre?«, eller søg på ord som »budget 2025«.';
    return;
  }
  status.textContent = 'Søger …';
  const searchParams = { q: state.q, size: PAGE_SIZE, page: state.page || 1 };
  FILTERS.filter(k => k !== 'page').forEach(k => { if (state[k]) searchParams[k] = state[k]; });
  if (!state.q && !state.sort) searchParams.sort = 'date';
  const asking = state.q ? api('/api/ask', { q: state.q }).catch(() => null) : Promise.resolve(null);
  try {
    const [result, answer] = await Promise.all([api('/api/search', searchParams), asking]);
    if (answer) answerSlot.append(answerCard(answer, state.q));
    status.textContent = result.total === 1 ? '1 resultat' : `${result.total} resultater`;
    layout.append(facets(result.facets || {}, state, navigate), results(result, state, navigate));
  } catch (e) {
    status.textContent = '';
    main.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
}

function form(state, navigate) {
  const input = el('input', { id: 'q', name: 'q', type: 'search', value: state.q, autocomplete: 'off',
    placeholder: 'Spørg eller søg, fx »Hvor stort er budgetkataloget til 2025?«' });
  const from = el('input', { id: 'from', name: 'from', type: 'date', value: state.from });
  const to = el('input', { id: 'to', name: 'to', type: 'date', value: state.to });
  const sort = el('select', { id: 'sort', name: 'sort' },
    el('option', { value: '' , selected: state.sort !== 'date' }, 'Bedste match'),
    el('option', { value: 'date', selected: state.sort === 'date' }, 'Nyeste først'));
  return el('form', { role: 'search', class: 'search', onsubmit: (e) => {
      e.preventDefault();
      navigate(url({ ...state, q: input.value.trim(), from: from.value, to: to.value, sort: sort.value, page: '' }));
    } },
    el('label', { for: 'q', class: 'visually-hidden' }, 'Spørgsmål eller søgeord'),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, 'Søg')),
    el('div', { class: 'row options' },
      el('label', { for: 'from' }, 'Fra'), from, el('label', { for: 'to' }, 'Til'), to,
      el('label', { for: 'sort' }, 'Sortering'), sort));
}

function answerCard(answer, q) {
  if (answer.answerType === 'NONE') {
    if (!QUESTION.test(q)) return el('div');
    return el('div', { class: 'card none', role: 'note' },
      el('h2', {}, 'Arkivet siger ikke noget om det'),
      el('p', {}, 'Referaterne indeholder ikke svaret. Se de nærmeste punkter nedenfor.'));
  }
  const cue = answer.confidence >= 0.8 ? 'høj' : answer.confidence >= 0.6 ? 'middel' : 'lav';
  const card = el('div', { class: 'card', role: 'region', 'aria-label': 'Svar på spørgsmålet' },
    el('h2', {}, 'Svar'),
    el('p', { class: 'answer' }, answer.answer),
    el('p', { class: 'confidence' }, `Sikkerhed: ${cue}`));
  const first = answer.evidence[0];
  if (first) {
    const needle = answerCore(answer);
    card.append(el('blockquote', {}, highlighted(first.text, needle)),
      el('p', { class: 'source' }, 'Kilde: ',
        el('a', { href: itemHref(first.meetingId, first.item, first.start >= 0 ? first : null) },
          `${danishDate(first.meetingDate)}, ${first.item === 0 ? 'mødeoplysninger' : `punkt ${first.item}: ${first.title}`}`),
        first.section ? ` (${sectionName(first.section)})` : ''));
  }
  if (answer.answerType === 'DECISIONS') {
    card.append(el('ul', { class: 'decisions' }, answer.evidence.map(e => el('li', {},
      el('a', { href: itemHref(e.meetingId, e.item, e.start >= 0 ? e : null) }, `${danishDate(e.meetingDate)}: ${e.title}`),
      ' — ', e.text))));
  }
  return card;
}

/** Section names as people read them: role evidence carries the key ("indstilling", "header"). */
function sectionName(section) {
  if (section === 'header') return 'mødeoplysninger';
  return section.charAt(0).toUpperCase() + section.slice(1);
}

/** The part of the answer to highlight in the cited sentence: the answer without its parenthesis. */
function answerCore(answer) {
  if (answer.answerType === 'DECISION' || answer.answerType === 'OTHER' || answer.answerType === 'DECISIONS') return '';
  return answer.answer.replace(/\s*\(.*\)\s*$/, '').replace(/\s+i \d{4}$/, '');
}

function facets(all, state, navigate) {
  const aside = el('aside', { class: 'facets', 'aria-label': 'Afgræns resultaterne' });
  for (const [dim, title] of Object.entries(FACET_TITLES)) {
    const values = all[dim] || [];
    if (values.length === 0) continue;
    const param = dim === 'year' ? null : dim;
    const list = el('ul');
    for (const v of values) {
      if (!param && !/^\d{4}$/.test(v.value)) {
        // "ukendt dato": items of undated meetings; a year range cannot select them, so it is not a link.
        list.append(el('li', {}, el('span', { 'data-facet': dim }, `${v.label} (${v.count})`)));
        continue;
      }
      const active = param ? state[param] === v.value : (state.from === `${v.value}-01-01` && state.to === `${v.value}-12-31`);
      const next = param ? { ...state, [param]: active ? '' : v.value, page: '' }
        : { ...state, from: active ? '' : `${v.value}-01-01`, to: active ? '' : `${v.value}-12-31`, page: '' };
      list.append(el('li', {}, el('a', { href: url(next), 'aria-pressed': active ? 'true' : 'false', class: active ? 'active' : '',
        'data-facet': dim, onclick: (e) => { e.preventDefault(); navigate(url(next)); } }, `${v.label} (${v.count})`)));
    }
    aside.append(el('section', {}, el('h2', {}, title), list));
  }
  return aside;
}

function results(result, state, navigate) {
  const section = el('section', { class: 'results', 'aria-label': 'Resultater' });
  const list = el('ol', { class: 'hits', start: (result.page - 1) * result.size + 1 });
  for (const hit of result.hits) {
    const snippet = el('p', { class: 'snippet' });
    snippet.innerHTML = hit.snippet; // escaped by the server; only <mark> is markup
    list.append(el('li', {},
      el('h3', {}, el('a', { href: itemHref(hit.meetingId, hit.item), class: 'hit-link' },
        hit.item === 0 ? hit.title : `Punkt ${hit.item}: ${hit.title}`)),
      el('p', { class: 'meta' }, [danishDate(hit.meetingDate), hit.body, hit.journalNumber, hit.section].filter(Boolean).join(' · ')),
      snippet));
  }
  section.append(list);
  const pages = Math.ceil(result.total / result.size);
  if (pages > 1) {
    const nav = el('nav', { class: 'pager', 'aria-label': 'Sider' });
    if (result.page > 1) nav.append(el('a', { href: url({ ...state, page: result.page - 1 }), onclick: go(navigate) }, '‹ Forrige'));
    nav.append(el('span', {}, `Side ${result.page} af ${pages}`));
    if (result.page < pages) nav.append(el('a', { href: url({ ...state, page: result.page + 1 }), onclick: go(navigate) }, 'Næste ›'));
    section.append(nav);
  }
  section.append(el('p', { class: 'export' }, 'Hent listen: ',
    el('button', { type: 'button', onclick: () => download(result.hits, 'json') }, 'JSON'), ' ',
    el('button', { type: 'button', onclick: () => download(result.hits, 'csv') }, 'CSV')));
  return section;
}

function go(navigate) {
  return (e) => { e.preventDefault(); navigate(e.currentTarget.getAttribute('href')); };
}

function url(state) {
  const p = new URLSearchParams();
  for (const k of ['q', ...FILTERS]) if (state[k]) p.set(k, state[k]);
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

function download(hits, format) {
  const rows = hits.map(h => ({ dato: h.meetingDate, møde: h.meetingId, punkt: h.item, titel: h.title,
    journalnummer: h.journalNumber || '', afsnit: h.section,
    uddrag: h.snippet.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'").replace(/&#x2F;/g, '/').replace(/&amp;/g, '&') }));
  let text;
  if (format === 'json') {
    text = JSON.stringify(rows, null, 2);
  } else {
    const head = Object.keys(rows[0] || { dato: '' });
    const cell = v => `"${String(v).replace(/"/g, '""')}"`;
    text = [head.map(cell).join(';'), ...rows.map(r => head.map(k => cell(r[k])).join(';'))].join('\r\n');
  }
  const blob = new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv;charset=utf-8' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `referatarkiv-resultater.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
}
