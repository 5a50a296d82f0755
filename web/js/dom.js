// Small DOM helpers. Text always goes in through textContent, so corpus and query text can never become markup;
// the only HTML inserted is the search snippet, which the server escapes before adding <mark>.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function danishDate(iso) {
  if (!iso) return 'ukendt dato';
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${months[m - 1]} ${y}`;
}

export function itemHref(meetingId, item, cite) {
  const base = item === 0 ? `/moede/${encodeURIComponent(meetingId)}`
    : `/moede/${encodeURIComponent(meetingId)}/punkt/${item}`;
  if (!cite) return base;
  return `${base}?afsnit=${encodeURIComponent(cite.section)}&fra=${cite.start}&til=${cite.end}#citat`;
}

/** Text with the occurrences of `needle` (case-insensitive) wrapped in <mark>, built from text nodes. */
export function highlighted(text, needle) {
  const out = el('span');
  if (!needle) {
    out.append(text);
    return out;
  }
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  // A match that starts or ends inside a word is widened to the whole word: the answer "2. maj 2017" marks all of
  // "02. maj 2017", never "0" left outside the mark.
  const inWord = c => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let at = 0;
  for (let i = lower.indexOf(n); i >= 0 && n.length > 0; i = lower.indexOf(n, at)) {
    let [start, end] = [i, i + n.length];
    while (start > at && inWord(text[start - 1]) && inWord(text[start])) start--;
    while (end < text.length && inWord(text[end]) && inWord(text[end - 1])) end++;
    out.append(text.slice(at, start), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  out.append(text.slice(at));
  return out;
}

/**
 * Points the page's Atom feed link (<link rel="alternate">, which feed readers and browsers look for) at `href`,
 * or removes it when `href` is null.
 */
export function setFeed(href, title) {
  document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').forEach(l => l.remove());
  if (!href) return;
  document.head.append(el('link', { rel: 'alternate', type: 'application/atom+xml', href, title }));
}

/** What a source file is, as a reader names it, from the end of its name. */
const FILE_KINDS = { pdf: 'PDF', html: 'webside', htm: 'webside', txt: 'tekst', md: 'tekst', docx: 'Word' };

/**
 * A line linking the meeting's file as it was published (served read-only by the API), or saying why it is not
 * shown: a file with a closed item would show text the archive withholds.
 */
export function sourceLine(meetingId, file, withheld) {
  if (!file) return '';
  if (withheld) {
    return el('p', { class: 'meta source-file' }, 'Referatet som udgivet vises ikke, fordi det indeholder lukkede punkter.');
  }
  const kind = FILE_KINDS[file.slice(file.lastIndexOf('.') + 1).toLowerCase()];
  return el('p', { class: 'meta source-file' }, 'Kilde: ',
    el('a', { href: `/api/meetings/${encodeURIComponent(meetingId)}/source` },
      `referatet som udgivet${kind ? ` (${kind})` : ''}`), ` · ${file}`);
}
