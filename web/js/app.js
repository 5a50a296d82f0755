// Router of the single-page front-end: the path picks the page; links inside the app navigate without reloading,
// and the back button restores the previous state from the URL.
import { el } from './dom.js';
import { searchPage } from './search.js';
import { itemPage, meetingPage, personPage, personsPage, meetingsPage } from './pages.js';

const main = () => document.getElementById('main');

async function render() {
  const { pathname, searchParams } = new URL(window.location.href);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const page = main();
  document.title = 'Referatarkiv';
  try {
    if (parts.length === 0) await searchPage(page, searchParams, navigate);
    else if (parts[0] === 'moede' && parts.length === 4 && parts[2] === 'punkt') await itemPage(page, parts[1], parts[3], searchParams);
    else if (parts[0] === 'moede' && parts.length === 2) await meetingPage(page, parts[1]);
    else if (parts[0] === 'person' && parts.length === 2) await personPage(page, parts[1]);
    else if (parts[0] === 'personer') await personsPage(page);
    else if (parts[0] === 'moeder') await meetingsPage(page);
    else page.replaceChildren(el('h1', {}, 'Siden findes ikke'), el('p', {}, el('a', { href: '/' }, 'Til forsiden')));
  } catch (e) {
    page.replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message));
  }
}

export function navigate(href) {
  history.pushState(null, '', href);
  render().then(() => main().focus());
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', render);
render();
