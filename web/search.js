// Minimal search page: calls /api/search and lists the hits. Corpus text is set with textContent; only the
// snippet, which the server has HTML-escaped and marked up with <mark>, is inserted as HTML.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('status');
const list = document.getElementById('hits');

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

async function search(q) {
  list.replaceChildren();
  status.className = '';
  status.textContent = 'Søger …';
  try {
    const response = await fetch('/api/search?' + new URLSearchParams({ q, size: '20' }));
    const body = await response.json();
    if (!response.ok) {
      status.className = 'error';
      status.textContent = body.message || 'Søgningen mislykkedes.';
      return;
    }
    status.textContent = body.total === 1 ? '1 resultat' : `${body.total} resultater`;
    for (const hit of body.hits) {
      const li = element('li');
      li.append(element('strong', '', `Punkt ${hit.item}: ${hit.title}`));
      const meta = [hit.meetingDate, hit.body, hit.journalNumber, hit.section].filter(Boolean).join(' · ');
      li.append(element('div', 'meta', meta));
      const snippet = element('p', 'snippet');
      snippet.innerHTML = hit.snippet; // escaped by the server
      li.append(snippet);
      list.append(li);
    }
  } catch (e) {
    status.className = 'error';
    status.textContent = 'Serveren svarer ikke. Prøv igen om lidt.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (q) search(q);
});
