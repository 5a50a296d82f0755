// Calls the JSON API; every failure becomes an Error with a Danish message for the page.

/** The reader token asked for on this page, once; null before anything asked for it. */
let askedToken = null;

export async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params)
    .filter(([k, v]) => !k.startsWith('__') && v !== undefined && v !== null && v !== ''));
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  // A busy server answers 503 with Retry-After at once; the page waits as asked and tries again, twice at most.
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new Error('Serveren svarer ikke. Prøv igen om lidt.');
    }
    if (response.status !== 503 || attempt >= 2) break;
    const seconds = Math.min(5, Number(response.headers.get('Retry-After')) || 1);
    await new Promise(resolve => setTimeout(resolve, seconds * 1000));
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error('Serveren sendte et svar, siden ikke kan læse.');
  }
  if (response.status === 401 && body.error === 'reader_token_required' && !params.__tokenAsked) {
    // The archive needs a reader token: ask once per page (the page's other requests were refused at the same time
    // and retry with the answer), keep it in a same-site cookie (exports and feeds opened as links send it too).
    if (askedToken === null) {
      askedToken = (window.prompt('Arkivet kræver et læsetoken. Indtast det token, du har fået af arkivets '
        + 'administrator:') || '').trim();
      if (askedToken) document.cookie = `referatarkiv_token=${encodeURIComponent(askedToken)}; path=/; SameSite=Strict`;
    }
    if (askedToken) return api(path, { ...params, __tokenAsked: true });
  }
  if (!response.ok) {
    const error = new Error(body.message || 'Noget gik galt.');
    error.status = response.status;
    throw error;
  }
  return body;
}

/** The largest page the list endpoints give (Paging.MAX_SIZE). */
const PAGE_SIZE = 500;

/**
 * Every entry of a paged list endpoint (`/api/persons`, `/api/meetings`): the first page says how many there are,
 * the other pages are fetched side by side; `key` names the list in each page (`persons`, `meetings`).
 */
export async function apiAll(path, key, params = {}) {
  const first = await api(path, { ...params, page: 1, size: PAGE_SIZE });
  const pages = Math.ceil(first.total / PAGE_SIZE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) },
    (_, i) => api(path, { ...params, page: i + 2, size: PAGE_SIZE })));
  return [first, ...rest].flatMap(page => page[key]);
}
