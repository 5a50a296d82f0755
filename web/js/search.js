// Start page: one box for questions and keywords; answer card, results, then an "Afgræns" panel with date range,
// sort and facets (after the results, so a phone shows the answer and the hits first, and the keyboard reaches the
// first hit in a few Tab stops). The URL holds the whole state (/?q=...&person=...), so links can be shared and the
// back button works.
import { api } from './api.js';
import { el, danishDate, itemHref, highlighted, setFeed } from './dom.js';

const FILTERS = ['kommune', 'organ', 'parti', 'person', 'unit', 'budgetYear', 'section', 'from', 'to', 'sort', 'page'];
// Each facet filters by the search parameter of its own name (year by the date range); listed in this order.
const FACET_TITLES = { kommune: 'Kommune', organ: 'Organ', year: 'År', parti: 'Parti', person: 'Person', unit: 'Enhed',
  budgetYear: 'Budgetår', section: 'Afsnit' };
// Facets a person scans as a calendar: listed by year, newest first, not by count.
const YEAR_FACETS = new Set(['year', 'budgetYear']);
const QUESTION = /^(hvem|hvad|hvornår|hvor|hvilke|hvilket|hvilken|hvordan|hvorfor)\b|\?\s*$/i;
const PAGE_SIZE = 10;
/** The longest question /api/ask takes (QuestionAnswerer.MAX_QUESTION_LENGTH); longer ones are only searched. */
const MAX_QUESTION_LENGTH = 500;
/** The most hits an export holds (SearchExport.MAX_ROWS). */
const MAX_EXPORT = 10000;
const EXAMPLES = ['Hvem leder netværket Ensomme ældre?', 'Hvor stort er budgetkataloget til 2025?', 'budget 2025'];

export async function searchPage(main, params, navigate) {
  const state = Object.fromEntries(['q', ...FILTERS].map(k => [k, params.get(k) || '']));
  main.replaceChildren(el('h1', { class: 'page-title' }, 'Søg i referaterne'), form(state, navigate));
  // role=status is a polite live region: it reads the answer and the count once the search is done.
  const status = el('p', { id: 'status', role: 'status', class: 'status' });
  const answerSlot = el('div', { id: 'svar' });
  const layout = el('div', { class: 'layout' });
  main.append(status, answerSlot, layout);
  const hasFilter = FILTERS.some(k => k !== 'sort' && k !== 'page' && state[k]);
  if (!state.q && !hasFilter) {
    status.textContent = 'Stil et spørgsmål, eller søg på ord.';
    main.append(examples());
    return;
  }
  status.textContent = 'Søger …';
  const searchParams = { ...searchFilters(state), q: state.q, size: PAGE_SIZE, page: state.page || 1 };
  if (!state.q && !state.sort) searchParams.sort = 'date';
  try {
    const [result, answer] = await Promise.all([api('/api/search', searchParams), ask(state.q)]);
    if (answer) answerSlot.append(answerCard(answer, state.q));
    const count = result.total === 1 ? '1 resultat' : `${result.total} resultater`;
    // a very long query is shortened in the heading; the search box holds it whole
    const quoted = state.q.length > 80 ? `${state.q.slice(0, 79)}…` : state.q;
    const heading = state.q ? `${count} for »${quoted}«` : count;
    status.textContent = [spoken(answer, state.q), heading].filter(Boolean).join(' ');
    // The heading and the card show the same to the eye; the status stays for screen readers only.
    status.classList.add('visually-hidden');
    main.prepend(el('a', { class: 'skip', href: '#resultater-titel' }, 'Spring til resultater'));
    layout.append(results(result, state, heading), refine(result.facets || {}, state, navigate));
    setFeed(feedHref(state), 'Referatarkiv: nye punkter for denne søgning');
  } catch (e) {
    status.textContent = '';
    main.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
}

/** The search parameters of the state without paging, as the search, the export and the feed take them. */
function searchFilters(state) {
  const out = {};
  FILTERS.filter(k => k !== 'page').forEach(k => { if (state[k]) out[k] = state[k]; });
  if (state.q) out.q = state.q;
  return out;
}

function feedHref(state) {
  const out = searchFilters(state);
  delete out.sort; // a feed is always newest first
  return `/feed?${new URLSearchParams(out)}`;
}

/**
 * The answer, or why there is none: null for plain keywords; a question too long for /api/ask is not sent, and a
 * refusal keeps its message, so the card says what happened instead of vanishing.
 */
async function ask(q) {
  if (!q) return null;
  if (q.length > MAX_QUESTION_LENGTH) {
    return { refused: `Spørgsmålet er for langt til at få et svar: højst ${MAX_QUESTION_LENGTH} tegn, `
      + `og det har ${q.length}. Resultaterne nedenfor er fundet på dets ord.` };
  }
  try {
    return await api('/api/ask', { q });
  } catch (e) {
    return { refused: e.message };
  }
}

/** What the live region says of the answer, before the count. */
function spoken(answer, q) {
  if (!answer) return '';
  if (answer.refused) return 'Intet svar.';
  if (answer.answerType === 'NONE') return QUESTION.test(q) ? 'Arkivet siger ikke noget om det.' : '';
  return `Svar: ${answerHeadline(answer)}.`;
}

function form(state, navigate) {
  const input = el('input', { id: 'q', name: 'q', type: 'search', value: state.q, autocomplete: 'off',
    placeholder: 'Spørg eller søg, fx »Hvor stort er budgetkataloget til 2025?«' });
  return el('form', { role: 'search', class: 'search', onsubmit: (e) => {
      e.preventDefault();
      navigate(url({ ...state, q: input.value.trim(), page: '' }));
    } },
    el('label', { for: 'q', class: 'visually-hidden' }, 'Spørgsmål eller søgeord'),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, 'Søg')));
}

function examples() {
  return el('section', { class: 'examples', 'aria-labelledby': 'eksempler' },
    el('h2', { id: 'eksempler' }, 'Prøv fx'),
    el('ul', {}, EXAMPLES.map(q => el('li', {}, el('a', { href: url({ q }) }, q)))));
}

function answerCard(answer, q) {
  if (answer.refused) {
    return el('div', { class: 'card none', role: 'note' }, el('h2', {}, 'Intet svar'), el('p', {}, answer.refused));
  }
  if (answer.answerType === 'NONE') {
    if (!QUESTION.test(q)) return el('div');
    return el('div', { class: 'card none', role: 'note' },
      el('h2', {}, 'Arkivet siger ikke noget om det'),
      el('p', {}, 'Referaterne indeholder ikke svaret. Se de nærmeste punkter nedenfor.'));
  }
  const cue = answer.confidence >= 0.8 ? 'høj' : answer.confidence >= 0.6 ? 'middel' : 'lav';
  const card = el('div', { class: 'card', role: 'region', 'aria-label': 'Svar på spørgsmålet' },
    el('h2', {}, 'Svar'),
    el('p', { class: 'answer' }, answerHeadline(answer)),
    el('p', { class: 'confidence' }, `Sikkerhed: ${cue}`));
  // a word the archive read as another (a slip of the keyboard, "aa" for "å"): say which question was answered
  // compared as the answer cache compares questions (case, spaces and punctuation aside): only a changed word counts
  const asKey = (text) => (text || '').toLowerCase().replace(/[\s\p{P}]+/gu, '');
  if (answer.question && asKey(answer.question) !== asKey(q)) {
    card.append(el('p', { class: 'understood' }, `Besvaret som »${answer.question}«`));
  }
  const first = answer.evidence[0];
  if (first) {
    const needle = answerCore(answer);
    card.append(el('blockquote', {}, highlighted(first.text, needle)),
      el('p', { class: 'source' }, 'Kilde: ',
        el('a', { href: itemHref(first.meetingId, first.item, first.start >= 0 ? first : null) },
          `${danishDate(first.meetingDate)}, ${first.item === 0 ? 'mødeoplysninger' : `punkt ${first.item}: ${first.title}`}`),
        // the header's section is the meeting information the link already names
        first.section && first.item !== 0 ? ` (${sectionName(first.section)})` : ''));
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

/** A date as the archive writes it out: a day, a period of days, a year, a span of years. */
const FULL_DATE = /^(?:\d{1,2}\. \p{L}+ \d{4}(?: – \d{1,2}\. \p{L}+ \d{4})?|\d{4}(?:–\d{4}| og frem)?)$/u;

/**
 * The answer as a reader wants to see it: a date once, in Danish. The API gives a date as the minutes write it with
 * the full date in parentheses when they differ ("d. 6. februar (6. februar 2024)", a meeting date as
 * "2. maj 2017 (2017-05-02)"); the card shows the full date, and the written form is marked in the quoted sentence
 * below. Any other parenthesis ("mødedato", a person's name) says something and is kept.
 */
function answerHeadline(answer) {
  if (answer.answerType !== 'DATE') return answer.answer;
  const parts = answer.answer.match(/^(.+?)\s*\(([^()]+)\)$/);
  if (!parts) return answer.answer;
  const full = parts[2].trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(full)) return danishDate(full);
  return FULL_DATE.test(full) ? full : answer.answer;
}

/** The part of the answer to highlight in the cited sentence: the answer without its parenthesis. */
function answerCore(answer) {
  if (answer.answerType === 'DECISION' || answer.answerType === 'OTHER' || answer.answerType === 'DECISIONS') return '';
  return answer.answer.replace(/\s*\(.*\)\s*$/, '').replace(/\s+i \d{4}$/, '');
}

/** The "Afgræns" panel: folded on a narrow screen, open beside the results on a wide one. */
function refine(all, state, navigate) {
  const panel = el('details', { class: 'refine', open: window.matchMedia('(min-width: 50rem)').matches },
    el('summary', {}, 'Afgræns'), period(state, navigate), facets(all, state, navigate));
  return el('aside', { class: 'facets', 'aria-label': 'Afgræns resultaterne' }, panel);
}

/** Date range and sort; the sort applies as soon as it is chosen, the dates with their button. */
function period(state, navigate) {
  const from = el('input', { id: 'from', name: 'from', type: 'date', value: state.from });
  const to = el('input', { id: 'to', name: 'to', type: 'date', value: state.to });
  const sort = el('select', { id: 'sort', name: 'sort', onchange: () => navigate(url({ ...state, sort: sort.value, page: '' })) },
    el('option', { value: '', selected: state.sort !== 'date' }, 'Bedste match'),
    el('option', { value: 'date', selected: state.sort === 'date' }, 'Nyeste først'));
  return el('form', { class: 'period', onsubmit: (e) => {
      e.preventDefault();
      navigate(url({ ...state, from: from.value, to: to.value, page: '' }));
    } },
    el('p', {}, el('label', { for: 'sort' }, 'Sortering'), sort),
    el('p', {}, el('label', { for: 'from' }, 'Fra'), from),
    el('p', {}, el('label', { for: 'to' }, 'Til'), to),
    el('button', { type: 'submit' }, 'Vis perioden'));
}

function facets(all, state, navigate) {
  const box = el('div', {});
  for (const [dim, title] of Object.entries(FACET_TITLES)) {
    const values = ordered(dim, all[dim] || []);
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
      // A facet is a link to the narrowed (or, when active, widened) search; aria-current marks the one in force.
      list.append(el('li', {}, el('a', { href: url(next), 'aria-current': active ? 'true' : null, class: active ? 'active' : '',
        'data-facet': dim, onclick: (e) => { e.preventDefault(); navigate(url(next)); } }, `${v.label} (${v.count})`)));
    }
    box.append(el('section', {}, el('h2', {}, title), list));
  }
  return box;
}

/** Year facets newest first (undated last); the others as the server counts them. */
function ordered(dim, values) {
  if (!YEAR_FACETS.has(dim)) return values;
  const year = v => (/^\d{4}$/.test(v.value) ? Number(v.value) : -Infinity);
  return [...values].sort((a, b) => year(b) - year(a));
}

function results(result, state, heading) {
  const section = el('section', { class: 'results', id: 'resultater', 'aria-labelledby': 'resultater-titel' },
    el('h2', { id: 'resultater-titel', tabindex: '-1', 'data-focus-after-render': true }, heading));
  const chips = activeFilters(state, result.facets || {});
  if (chips) section.append(chips);
  if (result.suggestion) {
    section.append(el('p', { class: 'suggestion' }, 'Mente du ',
      el('a', { href: url({ ...state, q: result.suggestion, page: '' }) }, `»${result.suggestion}«`), '?'));
  }
  if (!result.hits.length) {
    section.append(el('p', { class: 'help' }, result.total === 0
      ? 'Intet fundet. Prøv færre eller andre ord, et ord i en anden bøjning, eller fjern et filter.'
      : 'Siden er efter det sidste resultat.'),
      el('p', { class: 'follow' }, el('a', { href: feedHref(state) }, 'Følg søgningen (Atom-feed)')));
    return section;
  }
  const list = el('ol', { class: 'hits', start: (result.page - 1) * result.size + 1 });
  for (const hit of result.hits) {
    const snippet = el('p', { class: 'snippet' });
    // escaped by the server; only <mark> is markup. A blank line between paragraphs becomes one line break.
    snippet.innerHTML = hit.snippet.replace(/\n\s*\n/g, '\n');
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
    if (result.page > 1) nav.append(el('a', { href: url({ ...state, page: result.page - 1 }) }, '‹ Forrige'));
    nav.append(el('span', {}, `Side ${result.page} af ${pages}`));
    if (result.page < pages) nav.append(el('a', { href: url({ ...state, page: result.page + 1 }) }, 'Næste ›'));
    section.append(nav);
  }
  section.append(exportLinks(result.total, state),
    el('p', { class: 'follow' }, el('a', { href: feedHref(state) }, 'Følg søgningen (Atom-feed)')));
  return section;
}

/** Every hit of the search (not just this page) as CSV or JSON, streamed by the server. */
function exportLinks(total, state) {
  const query = new URLSearchParams(searchFilters(state)).toString();
  const what = total > MAX_EXPORT ? `de første ${MAX_EXPORT.toLocaleString('da-DK')} af ${total.toLocaleString('da-DK')} resultater`
    : total === 1 ? 'resultatet' : `alle ${total} resultater`;
  return el('p', { class: 'export' }, `Hent ${what}: `,
    el('a', { href: `/api/export/search.csv?${query}`, download: 'referatarkiv-resultater.csv' }, 'CSV'), ' · ',
    el('a', { href: `/api/export/search.json?${query}`, download: 'referatarkiv-resultater.json' }, 'JSON'),
    total > MAX_EXPORT ? el('span', { class: 'meta' }, ' (eksporten stopper ved 10.000; afgræns søgningen for at få resten)') : '');
}

/** The filters in force as chips that each remove one, and "Ryd alle"; null when no filter is set. */
function activeFilters(state, facetValues) {
  const label = (dim, value) => ((facetValues[dim] || []).find(v => v.value === value) || { label: value }).label;
  const chips = [];
  for (const dim of ['kommune', 'organ', 'parti', 'person', 'unit', 'budgetYear', 'section']) {
    if (state[dim]) chips.push({ text: `${FACET_TITLES[dim]}: ${label(dim, state[dim])}`, next: { ...state, [dim]: '', page: '' } });
  }
  const year = state.from.slice(0, 4);
  if (state.from && state.from === `${year}-01-01` && state.to === `${year}-12-31`) {
    chips.push({ text: `År: ${year}`, next: { ...state, from: '', to: '', page: '' } });
  } else {
    if (state.from) chips.push({ text: `Fra ${danishDate(state.from)}`, next: { ...state, from: '', page: '' } });
    if (state.to) chips.push({ text: `Til ${danishDate(state.to)}`, next: { ...state, to: '', page: '' } });
  }
  if (!chips.length) return null;
  return el('div', { class: 'chips' },
    el('span', { id: 'filtre-titel' }, 'Filtre:'),
    el('ul', { 'aria-labelledby': 'filtre-titel' }, chips.map(c => el('li', {},
      el('a', { class: 'chip', href: url(c.next) }, el('span', { class: 'visually-hidden' }, 'Fjern filteret '), c.text,
        el('span', { 'aria-hidden': 'true' }, ' ×'))))),
    el('a', { class: 'clear', href: url({ q: state.q, sort: state.sort }) }, 'Ryd alle'));
}

function url(state) {
  const p = new URLSearchParams();
  for (const k of ['q', ...FILTERS]) if (state[k]) p.set(k, state[k]);
  const s = p.toString();
  return s ? `/?${s}` : '/';
}
