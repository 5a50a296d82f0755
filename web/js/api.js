// Calls the JSON API; every failure becomes an Error with a Danish message for the page.

export async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('Serveren svarer ikke. Prøv igen om lidt.');
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error('Serveren sendte et svar, siden ikke kan læse.');
  }
  if (!response.ok) throw new Error(body.message || 'Noget gik galt.');
  return body;
}
