// Item, meeting, person, body and overview pages.
import { api, apiAll } from './api.js';
import { el, danishDate, itemHref, setFeed, sourceLine } from './dom.js';

const TYPE_NAMES = { PERSON: 'Person', DATE: 'Dato', AMOUNT: 'Beløb', PERCENT: 'Procent', BUDGET_YEAR: 'Budgetår',
  UNIT: 'Enhed', BODY: 'Organ', NETWORK: 'Netværk', JOURNAL: 'Journalnummer' };

export async function itemPage(main, meetingId, number, params) {
  const item = await api(`/api/meetings/${encodeURIComponent(meetingId)}/items/${encodeURIComponent(number)}`);
  document.title = `Punkt ${item.number}: ${item.title} – Referatarkiv`;
  const cite = params.get('afsnit') ? { section: params.get('afsnit').toLowerCase(), start: Number(params.get('fra')),
    end: Number(params.get('til')) } : null;
  main.replaceChildren(
    el('p', { class: 'crumbs' }, el('a', { href: `/moede/${encodeURIComponent(item.meetingId)}` },
      `${item.body} ${danishDate(item.meetingDate)}`)),
    el('h1', {}, `Punkt ${item.number}: ${item.title}`),
    el('p', { class: 'meta' }, [item.journalNumber && `Journalnr. ${item.journalNumber.raw}`,
      item.recommender && `Indstilles af ${item.recommender}`, item.timeAllotment,
      item.budgetYears.length && `Budgetår ${item.budgetYears.join(', ')}`].filter(Boolean).join(' · ')),
    sourceLine(item.meetingId, item.sourceFile, item.sourceWithheld));
  if (item.closed) {
    main.append(el('p', { class: 'closed-note' },
      'Lukket punkt: kun titlen er offentlig. Teksten gengives ikke i arkivet.'));
  } else if (!item.sections.length) {
    main.append(el('p', { class: 'closed-note' }, 'Referatet gengiver kun punktets titel.'));
  }
  if (item.entities.length && item.sections.length) main.append(valuesToggle(main));
  for (const section of item.sections) {
    const entities = item.entities.filter(e => e.section === section.kind);
    const isCited = cite && (cite.section === section.kind || cite.section === section.name.toLowerCase());
    main.append(el('section', { class: 'item-section' }, el('h2', {}, section.name),
      section.attachments.length ? el('ul', {}, section.attachments.map(a => el('li', {}, a)))
        : annotatedText(section.text, entities, isCited ? cite : null)));
  }
  const cited = document.getElementById('citat');
  if (cited) {
    const copy = el('button', { type: 'button', class: 'copy', onclick: async () => {
      try {
        await navigator.clipboard.writeText(window.location.href);
        copy.textContent = 'Link kopieret';
      } catch (e) {
        copy.textContent = 'Kopiér adressen fra adresselinjen';
      }
    } }, 'Kopiér link til sætningen');
    cited.after(' ', copy);
    cited.scrollIntoView({ block: 'center' });
  }
  main.append(await similar(item));
}

/** The section text in paragraphs, entities marked (focusable, value on hover/focus), the cited sentence marked. */
function annotatedText(text, entities, cite) {
  const container = el('div', { class: 'text' });
  const linkedPersons = new Set();
  const marks = [];
  for (const e of entities.filter(e => e.start >= 0 && e.end <= text.length).sort((a, b) => a.start - b.start)) {
    if (!marks.length || e.start >= marks[marks.length - 1].end) marks.push(e);
  }
  const cuts = new Set([0, text.length]);
  marks.forEach(e => { cuts.add(e.start); cuts.add(e.end); });
  if (cite) {
    cuts.add(Math.max(0, Math.min(text.length, cite.start)));
    cuts.add(Math.max(0, Math.min(text.length, cite.end)));
  }
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') { cuts.add(i); cuts.add(i + 1); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const blocks = textBlocks(text);
  let block = null; // the element the current line's text goes into
  let list = null; // the list the last list line went into, while lines follow it without a blank line
  let citeMark = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const segment = text.slice(a, b);
    if (segment === '\n') {
      if (text[b] === '\n' || b === text.length) list = null;
      block = null;
      continue;
    }
    if (!block) {
      const kind = blocks.get(a) || 'p';
      if (kind === 'li') {
        if (!list) {
          list = el('ul', { class: 'as-written' });
          container.append(list);
        }
        block = el('li');
        list.append(block);
      } else {
        list = null;
        block = el(kind);
        container.append(block);
      }
    }
    let target = block;
    if (cite && a >= cite.start && b <= cite.end) {
      if (!citeMark || citeMark.parentNode !== block) {
        citeMark = el('mark', { class: 'cited', tabindex: '-1' });
        if (!document.getElementById('citat') && !container.querySelector('#citat')) citeMark.id = 'citat';
        block.append(citeMark);
      }
      target = citeMark;
    }
    const e = marks.find(m => m.start <= a && b <= m.end);
    target.append(e ? entityNode(e, segment, linkedPersons) : segment);
  }
  return container;
}

/** A line that starts a list entry as the minutes write it: "• …", "- …", "1. at …", "a) …". */
const LIST_LINE = /^\s*(?:[•\-–*▪·]|\d{1,2}[.)]|[a-zæøå]\))\s+\S/;
/** A line the minutes end like a sentence or lead into what follows with. */
const SENTENCE_END = /[.,;:!?…]\s*$/;
/**
 * A line that leads into what follows ("Direktøren indstiller, at") or is a label ("Sagsnr.: 12/345"): a comma or
 * colon inside, or "at", "og", "samt", "eller" last.
 */
const LEAD_IN = /[,:]|\s(?:at|og|samt|eller)\s*$/;

/**
 * What each line of a section's text is, by the offset it starts at: a list entry ('li'), a sub-heading ('h3') or a
 * paragraph ('p', the default). A sub-heading is a short capitalised line without a sentence's end, standing alone
 * between blank lines before a real paragraph — the shape "Baggrund" or "Økonomiske konsekvenser" has in minutes
 * once the publishing system's bold type is lost. A short line before a short one ("Godkendt" before a note) and a
 * lead-in ("Direktøren indstiller, at") stay paragraphs.
 */
function textBlocks(text) {
  const lines = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, line });
    offset += line.length + 1;
  }
  const kinds = new Map();
  lines.forEach(({ start, line }, i) => {
    const before = i === 0 || !lines[i - 1].line.trim();
    const after = lines[i + 1] && !lines[i + 1].line.trim() ? lines[i + 2] : null;
    if (LIST_LINE.test(line)) {
      kinds.set(start, 'li');
    } else if (before && after && line.trim().length <= 60 && line.trim().split(/\s+/).length <= 7
        && /^\s*\p{Lu}/u.test(line) && !SENTENCE_END.test(line) && !LEAD_IN.test(line)
        && after.line.trim().length >= 80) {
      kinds.set(start, 'h3');
    }
  });
  return kinds;
}

/**
 * A marked entity. Only the first mention of each person in a section is a link (to the person's page); the other
 * marks are not Tab stops, since focusing dozens of underlines shows nothing new. Their normalised values are in
 * the hover title and, for keyboard and screen-reader users, shown inline by the "Vis fundne værdier" button.
 */
function entityNode(e, text, linkedPersons) {
  const value = typeof e.value === 'object' && e.value !== null ? JSON.stringify(e.value) : String(e.value ?? '');
  const label = `${TYPE_NAMES[e.type] || e.type}: ${e.label || value}`;
  const shown = el('span', { class: 'ent-value' }, ` [${label}]`);
  if (e.type === 'PERSON' && e.value && !linkedPersons.has(e.value)) {
    linkedPersons.add(e.value);
    return el('span', {}, el('a', { href: `/person/${encodeURIComponent(e.value)}`, class: `ent ent-${e.type.toLowerCase()}`,
      title: label }, text), shown);
  }
  return el('span', {}, el('span', { class: `ent ent-${e.type.toLowerCase()}`, title: label }, text), shown);
}

/** The button that shows or hides the normalised values after every marked entity of the item. */
function valuesToggle(article) {
  const button = el('button', { type: 'button', class: 'values', 'aria-pressed': 'false', onclick: () => {
    const on = article.classList.toggle('values-on');
    button.setAttribute('aria-pressed', String(on));
  } }, 'Vis fundne værdier');
  return el('p', {}, button);
}

async function similar(item) {
  const box = el('section', { class: 'similar', 'aria-label': 'Lignende sager' }, el('h2', {}, 'Lignende sager'));
  try {
    const found = await api(`/api/meetings/${encodeURIComponent(item.meetingId)}/items/${item.number}/similar`);
    const seen = new Set();
    const entries = [...found.sameJournal.map(h => ({ h, same: true })), ...found.similar.map(h => ({ h, same: false }))]
      .filter(({ h }) => { const k = `${h.meetingId}#${h.item}`; return !seen.has(k) && seen.add(k); });
    box.append(entries.length ? el('ul', {}, entries.map(({ h, same }) => el('li', {},
      el('a', { href: itemHref(h.meetingId, h.item) }, `${danishDate(h.meetingDate)}: ${h.title}`),
      same ? ' (samme journalnummer)' : ''))) : el('p', {}, 'Ingen lignende sager fundet.'));
  } catch (e) {
    box.append(el('p', { class: 'error' }, e.message));
  }
  return box;
}

export async function meetingPage(main, meetingId) {
  const m = await api(`/api/meetings/${encodeURIComponent(meetingId)}`);
  document.title = `${m.body} ${danishDate(m.date)} – Referatarkiv`;
  // the municipality too, so that two municipalities' bodies of one name ("Økonomiudvalget") are not one feed
  const bodyFilter = new URLSearchParams({ organ: m.body, ...(m.municipality ? { kommune: m.municipality } : {}) });
  if (m.body) setFeed(`/feed?${bodyFilter}`, `Referatarkiv: nye punkter fra ${m.body}`);
  main.replaceChildren(el('h1', {}, m.bodyId ? el('a', { href: bodyHref(m.bodyId) }, m.body) : m.body, ` ${danishDate(m.date)}`),
    el('p', { class: 'meta' }, [m.time && `kl. ${m.time.slice(0, 5)}`, m.place && `Mødested: ${m.place}`].filter(Boolean).join(' · ')),
    m.body ? el('p', { class: 'meta' }, `Følg ${m.body}: `,
      el('a', { href: `/feed?${bodyFilter}` }, 'nye punkter (Atom-feed)'), ' · ',
      el('a', { href: `/kalender.ics?${bodyFilter}` }, 'møder (kalender)')) : '',
    sourceLine(m.id, m.sourceFile, m.sourceWithheld));
  if (m.participants.length) {
    main.append(el('h2', { id: 'deltagere', tabindex: '-1' }, 'Mødedeltagere'), el('ul', { class: 'participants' },
      m.participants.map(p => el('li', {}, p.personId ? el('a', { href: `/person/${encodeURIComponent(p.personId)}` }, p.name) : p.name,
        p.role ? ` (${p.role})` : '', p.party ? ` (${p.party})` : '',
        p.presence && p.presence !== 'PRESENT' ? ` — ${PRESENCE[p.presence.toLowerCase()]}${noteOf(p)}` : ''))));
  }
  main.append(el('h2', {}, 'Dagsorden'), el('ol', { class: 'agenda' }, m.items.map(i => el('li', { value: i.number },
    el('a', { href: itemHref(m.id, i.number) }, i.title), i.closed ? ' · Lukket punkt' : '',
    i.journalNumber ? ` · ${i.journalNumber}` : '',
    i.decision ? el('p', { class: 'decision' }, el('strong', {}, 'Beslutning: '), i.decision) : ''))));
  if (window.location.hash === '#deltagere') document.getElementById('deltagere')?.scrollIntoView({ block: 'start' });
}

/** Attendance as users read it; the codes are those of the API. */
const PRESENCE = { present: 'deltog', absent: 'fraværende', substitute: 'stedfortræder', official: 'embedsmand' };

/** The note written with an attendance ("Afbud", "for Lise Kjær"), unless it only repeats the attendance. */
function noteOf(a) {
  const label = PRESENCE[(a.presence || '').toLowerCase()] || '';
  return a.note && a.note.toLowerCase() !== label ? ` (${a.note})` : '';
}

/** The person's seats on bodies: one row per period, the meetings behind it under "Møder". */
function memberships(list) {
  const rows = list.map(m => el('tr', {},
    el('th', { scope: 'row' }, m.bodyId ? el('a', { href: bodyHref(m.bodyId) }, m.body) : m.body,
      m.municipality ? ` (${m.municipality})` : ''),
    el('td', {}, m.role),
    el('td', {}, m.partyName ? `${m.partyName} (${m.party})` : (m.party || '–')),
    el('td', {}, m.from === m.to ? danishDate(m.from) : `${danishDate(m.from)} – ${danishDate(m.to)}`),
    el('td', {}, el('details', {}, el('summary', {}, `${m.meetings} ${m.meetings === 1 ? 'møde' : 'møder'}`),
      el('ul', {}, m.attendances.map(a => el('li', {},
        el('a', { href: `/moede/${encodeURIComponent(a.meetingId)}#deltagere` }, danishDate(a.date)),
        ` — ${PRESENCE[a.presence]}${noteOf(a)}`,
        el('span', { class: 'source' }, ` · Mødeoplysninger: ${a.evidence.text}`)))))),
    el('td', {}, String(m.absences))));
  return el('table', { class: 'table memberships' },
    el('caption', { class: 'visually-hidden' }, 'Medlemskaber af råd, udvalg og fora'),
    el('thead', {}, el('tr', {}, ['Organ', 'Rolle', 'Parti', 'Periode', 'Møder', 'Fravær']
      .map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

export async function personPage(main, id) {
  const path = `/api/persons/${encodeURIComponent(id)}`;
  const p = await api(path);
  document.title = `${p.name} – Referatarkiv`;
  const feed = `/feed?person=${encodeURIComponent(p.id)}`;
  setFeed(feed, `Referatarkiv: nye punkter om ${p.name}`);
  main.replaceChildren(el('h1', {}, p.name), el('p', { class: 'meta' }, el('a', { href: feed }, 'Følg personen (Atom-feed)')));
  if (p.aliases.length) main.append(el('p', { class: 'meta' }, `Også nævnt som ${p.aliases.join(', ')}`));
  if (p.municipality) main.append(el('p', { class: 'meta' }, `${p.municipality} Kommune`));
  if (p.memberships.length) {
    main.append(el('h2', {}, 'Medlemskaber'), el('p', { class: 'meta' },
      'Fra deltagerlisterne i møderne: perioden går fra første til sidste møde, hvor personen står på listen.'),
      memberships(p.memberships));
  }
  // A member without titles has a seat table above; "no roles" is said only when the archive says nothing else.
  if (p.roles.total) {
    const roles = [...p.roles.roles];
    let figure = timeline(roles, main.clientWidth - 32);
    main.append(el('h2', {}, 'Roller'), figure, more(`${path}/roles`, 'roles', p.roles, 'roller', page => {
      roles.push(...page);
      const drawn = timeline(roles, figure.clientWidth);
      figure.replaceWith(drawn);
      figure = drawn;
    }));
  } else if (!p.memberships.length) main.append(el('h2', {}, 'Roller'), el('p', {}, 'Arkivet nævner ingen roller.'));
  if (p.activities.total) {
    const activity = a => el('li', {},
      el('a', { href: itemHref(a.evidence.meetingId, a.evidence.item, a.evidence) }, danishDate(a.evidence.meetingDate)),
      ` — ${a.evidence.text}`);
    const list = el('ul', {}, p.activities.activities.map(activity));
    main.append(el('h2', {}, 'Aktiviteter'), list, more(`${path}/activities`, 'activities', p.activities, 'aktiviteter',
      page => list.append(...page.map(activity))));
  }
  const mentions = [...p.mentions.mentions];
  const filter = el('input', { id: 'filter', type: 'search', placeholder: 'Søg i personens omtaler' });
  const list = el('ul', { class: 'mentions' });
  const render = () => {
    const f = filter.value.trim().toLowerCase();
    list.replaceChildren(...mentions.filter(m => !f || m.text.toLowerCase().includes(f)).map(m => el('li', {},
      el('a', { href: itemHref(m.meetingId, m.item, m.item === 0 ? null : m) }, danishDate(m.meetingDate)), ` — ${m.text}`)));
  };
  filter.addEventListener('input', render);
  render();
  main.append(el('h2', {}, 'Omtaler'), el('label', { for: 'filter' }, 'Søg i de viste omtaler'), filter, list,
    more(`${path}/mentions`, 'mentions', p.mentions, 'omtaler', page => { mentions.push(...page); render(); }));
}

/**
 * Under a list that grows with the archive (a person's roles, activities, mentions); empty when the first page is all
 * of it, else how many of how many are shown and a "Vis flere" button that fetches the next page of `path` (in the
 * shape of `first`, the list under `key`) and hands its entries to `add`. The count is a polite live region, so a
 * screen reader hears what came; when the last page is in, the button goes and the focus moves to the count.
 */
function more(path, key, first, noun, add) {
  const box = el('div', { class: 'more' });
  if (first[key].length >= first.total) return box;
  let shown = first[key].length;
  let page = first.page;
  const count = el('p', { class: 'meta', 'aria-live': 'polite', tabindex: '-1' });
  const button = el('button', { type: 'button', class: 'more' }, `Vis flere ${noun}`);
  const show = () => { count.textContent = `Viser ${shown} af ${first.total} ${noun}.`; };
  button.addEventListener('click', async () => {
    button.disabled = true;
    let next;
    try {
      next = await api(path, { page: page + 1, size: first.size });
    } catch (e) {
      count.textContent = e.message;
      button.disabled = false;
      return;
    }
    page = next.page;
    shown += next[key].length;
    add(next[key]);
    show();
    // An empty page means the list shrank since the first (the archive was updated): nothing more to fetch.
    if (shown >= first.total || !next[key].length) {
      button.remove();
      count.focus();
    } else {
      button.disabled = false;
    }
  });
  show();
  box.append(count, button);
  return box;
}

/**
 * The roles as an SVG timeline: per term a label line, then a bar from start to end (open terms run to today). The
 * SVG is drawn at the pixel width of the page, not scaled down, so its 12 px text stays 12 px on a phone; a label
 * too long for the line is shortened with "…" (the list under the figure has every term in full).
 */
function timeline(roles, available) {
  const figure = el('figure', {});
  let drawn = 0;
  const draw = (width) => {
    if (!width || width === drawn) return;
    drawn = width;
    figure.querySelector('svg')?.remove();
    figure.prepend(timelineSvg(roles, width));
  };
  draw(Math.floor(available));
  // Drawn again at the width the figure really gets (a scroll bar, a turned phone), so the text is never scaled.
  new ResizeObserver(() => draw(Math.floor(figure.clientWidth))).observe(figure);
  const desc = terms(roles).map(describe);
  figure.append(el('figcaption', {}, el('ul', {}, desc.map(d => el('li', {}, d)))));
  return figure;
}

/** One entry per term: the same term may be asserted twice (an item's recommendation and its decision). */
function terms(roles) {
  const seen = new Set();
  return roles.map(r => ({ ...r, from: r.validFrom || r.evidence.meetingDate, to: r.validTo }))
    .filter(r => { const k = [r.role, r.organisation, r.from, r.to, r.status].join('|'); return !seen.has(k) && seen.add(k); });
}

function describe(r) {
  return `${r.role}${r.organisation ? ' i ' + r.organisation : ''} fra ${danishDate(r.from)}${r.to ? ' til ' + danishDate(r.to) : ''}${r.status === 'temporary' ? ' (midlertidigt)' : ''}`;
}

function timelineSvg(roles, available) {
  const dated = terms(roles);
  const years = dated.flatMap(r => [r.from, r.to].filter(Boolean)).map(d => Number(d.slice(0, 4)));
  const min = Math.min(...years) - 1;
  const max = Math.max(new Date().getFullYear(), ...years) + 1;
  const width = Math.max(240, Math.min(768, Math.floor(available)));
  const row = 46;
  const chars = Math.floor(width / 7.2); // about the width of a 12 px character
  const fit = text => (text.length > chars ? `${text.slice(0, chars - 1)}…` : text);
  const x = d => 2 + ((Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) - 1) / 12 - min) / (max - min)) * (width - 4);
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  const height = dated.length * row + 24;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'timeline');
  svg.setAttribute('aria-label', `Tidslinje: ${dated.map(describe).join('; ')}`);
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(svgNs, tag);
    Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
    if (text) n.textContent = text;
    svg.append(n);
    return n;
  };
  dated.forEach((r, i) => {
    const y = i * row + 4;
    add('text', { x: 2, y: y + 12, class: 'tl-label' }, fit(`${r.role}${r.organisation ? ' · ' + r.organisation : ''}`));
    const start = x(r.from);
    const end = r.to ? x(r.to) : width - 2;
    add('rect', { x: start, y: y + 18, width: Math.max(4, end - start), height: 20, rx: 3, class: `tl-bar tl-${r.status}` });
    const dates = fit(`${danishDate(r.from)}${r.status === 'temporary' ? ' (midl.)' : ''}${r.to ? ' – ' + danishDate(r.to) : ''}`);
    // the dates start on the bar, moved left when they would run past the edge
    add('text', { x: Math.max(2, Math.min(start + 4, width - 2 - dates.length * 7.2)), y: y + 33, class: 'tl-date' }, dates);
  });
  const step = Math.max(1, Math.ceil((max - min) / Math.max(2, Math.floor(width / 60))));
  for (let year = Math.ceil(min) + 1; year < max; year += step) {
    add('text', { x: x(`${year}-01-01`), y: dated.length * row + 18, class: 'tl-axis', 'text-anchor': 'middle' }, String(year));
  }
  return svg;
}

export async function personsPage(main) {
  const persons = await apiAll('/api/persons', 'persons');
  main.replaceChildren(el('h1', {}, 'Personer'));
  main.append(sortableTable(['Navn', 'Roller', 'Omtaler'], persons.map(p => [
    { text: p.name, href: `/person/${encodeURIComponent(p.id)}`, sort: p.name },
    { text: currentRoles(p), sort: currentRoles(p).toLowerCase() },
    { text: String(p.mentions), sort: p.mentions }])));
}

/** A person's current roles, once each as the API gives them; the history, as written, is on the person page. */
function currentRoles(person) {
  return person.currentRoles
    .map(r => `${r.role.charAt(0).toUpperCase()}${r.role.slice(1)}${r.organisation ? ` (${r.organisation})` : ''}`)
    .join(', ');
}

export async function meetingsPage(main) {
  const meetings = await apiAll('/api/meetings', 'meetings');
  main.replaceChildren(el('h1', {}, 'Møder'));
  main.append(sortableTable(['Dato', 'Organ', 'Mødested', 'Punkter'], meetings.map(m => [
    { text: danishDate(m.date), href: `/moede/${encodeURIComponent(m.id)}`, sort: m.date || '' },
    { text: m.body, href: m.bodyId ? bodyHref(m.bodyId) : null, sort: m.body }, { text: m.place, sort: m.place },
    { text: String(m.itemCount), sort: m.itemCount }])));
}

/** The address of a body's page. */
function bodyHref(id) {
  return `/organ/${encodeURIComponent(id)}`;
}

/** "1 møde", "2 møder": a count with the singular or plural noun. */
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** A period of meetings: one date, or first – last. */
function period(from, to) {
  return from === to ? danishDate(from) : `${danishDate(from)} – ${danishDate(to)}`;
}

function personLink(person) {
  return el('a', { href: `/person/${encodeURIComponent(person.id)}` }, person.name);
}

/** The body's page: its chairs, its members over time (one row per period) and its meetings, newest first. */
export async function bodyPage(main, id) {
  const b = await api(`/api/bodies/${encodeURIComponent(id)}`);
  const place = b.municipality ? `${b.municipality} Kommune` : '';
  document.title = `${b.name}${place ? `, ${place}` : ''} – Referatarkiv`;
  const filter = { organ: b.name, ...(b.municipality ? { kommune: b.municipality } : {}) };
  const feed = `/feed?${new URLSearchParams(filter)}`;
  setFeed(feed, `Referatarkiv: nye punkter fra ${b.name}`);
  main.replaceChildren(el('h1', {}, b.name, place ? el('span', { class: 'subtitle' }, ` ${place}`) : ''),
    el('p', { class: 'meta' }, b.firstMeeting ? `${count(b.meetingCount, 'møde', 'møder')} i arkivet, `
      + period(b.firstMeeting, b.lastMeeting) : count(b.meetingCount, 'møde', 'møder')),
    el('p', { class: 'meta follow' }, el('a', { href: feed }, 'Følg organet (Atom-feed)'), ' · ',
      el('a', { href: `/kalender.ics?${new URLSearchParams(filter)}` }, 'Møder (kalender)')),
    chairs(b.chairs));
  main.append(el('h2', {}, 'Medlemmer'));
  if (b.members.length) {
    main.append(el('p', { class: 'meta' },
      'Fra deltagerlisterne i møderne: perioden går fra første til sidste møde, hvor personen står på listen.'),
      members(b.members));
  } else {
    main.append(el('p', {}, 'Deltagerlisterne nævner ingen medlemmer.'));
  }
  main.append(el('h2', {}, 'Møder'), el('ul', { class: 'body-meetings' }, b.meetings.map(m => el('li', {},
    el('a', { href: `/moede/${encodeURIComponent(m.id)}` }, danishDate(m.date)), ` — ${count(m.itemCount, 'punkt', 'punkter')}`))));
}

/** The current (latest) chair with the period, then the earlier ones. */
function chairs(list) {
  const box = el('div', { class: 'chairs' });
  const current = list.find(c => c.current);
  const chair = c => [personLink(c.person), c.party ? ` (${c.party})` : '', `, ${period(c.from, c.to)}`];
  box.append(el('p', {}, el('strong', {}, 'Formand: '), current ? [...chair(current), ' (seneste)']
    : 'deltagerlisterne nævner ingen formand.'));
  const earlier = list.filter(c => !c.current).reverse();
  if (earlier.length) {
    box.append(el('p', {}, el('strong', {}, earlier.length === 1 ? 'Tidligere formand: ' : 'Tidligere formænd: '),
      earlier.flatMap((c, i) => [i ? '; ' : '', ...chair(c)])));
  }
  return box;
}

/** The body's members: one row per period; on a phone each row is a block of labelled lines. */
function members(list) {
  const headings = ['Navn', 'Rolle', 'Parti', 'Periode', 'Møder', 'Fravær'];
  const rows = list.map(m => el('tr', {},
    el('th', { scope: 'row' }, personLink(m.person)),
    [m.role, m.partyName ? `${m.partyName} (${m.party})` : (m.party || '–'), period(m.from, m.to),
      count(m.meetings, 'møde', 'møder'), String(m.absences)]
      .map((text, i) => el('td', { 'data-label': headings[i + 1] }, text))));
  return el('table', { class: 'table stacked plain members' },
    el('caption', {}, 'Medlemmer over tid'),
    el('thead', {}, el('tr', {}, headings.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

/** Every body of the archive, by municipality and name. */
export async function bodiesPage(main) {
  const bodies = await apiAll('/api/bodies', 'bodies');
  document.title = 'Organer – Referatarkiv';
  main.replaceChildren(el('h1', {}, 'Organer'));
  main.append(sortableTable(['Organ', 'Kommune', 'Møder', 'Seneste møde'], bodies.map(b => [
    { text: b.name, href: bodyHref(b.id), sort: b.name }, { text: b.municipality, sort: b.municipality },
    { text: String(b.meetingCount), sort: b.meetingCount },
    { text: b.lastMeeting ? danishDate(b.lastMeeting) : '', sort: b.lastMeeting || '' }])));
}

function sortableTable(headings, rows) {
  const tbody = el('tbody');
  let order = { column: -1, ascending: true };
  // data-label names the column of each cell for the phone layout, where a row is a block of lines.
  const render = () => tbody.replaceChildren(...rows.map(r => el('tr', {}, r.map((c, i) =>
    el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : { 'data-label': headings[i] },
      c.href ? el('a', { href: c.href }, c.text) : c.text || null)))));
  const head = el('tr', {}, headings.map((h, i) => el('th', { scope: 'col', 'aria-sort': 'none' },
    el('button', { type: 'button', class: 'sort', onclick: (e) => {
      order = { column: i, ascending: order.column === i ? !order.ascending : true };
      rows.sort((a, b) => (a[i].sort > b[i].sort ? 1 : a[i].sort < b[i].sort ? -1 : 0) * (order.ascending ? 1 : -1));
      head.querySelectorAll('th').forEach(th => th.setAttribute('aria-sort', 'none'));
      e.currentTarget.parentNode.setAttribute('aria-sort', order.ascending ? 'ascending' : 'descending');
      render();
    } }, h))));
  render();
  return el('table', { class: 'table stacked' }, el('thead', {}, head), tbody);
}
