// Router of the single-page front-end: the path picks the page; links inside the app navigate without reloading,
// and the back button restores the previous state from the URL.
import { el, setFeed } from './dom.js';
import { searchPage } from './search.js';
import { itemPage, meetingPage, personPage, personsPage, meetingsPage, bodyPage, bodiesPage } from './pages.js';

const main = () => document.getElementById('main');
/** The paths of the pages this script renders (WebApp serves index.html for them). */
const PAGES = /^\/(moeder|personer|organer|moede\/[^/]+(\/punkt\/[^/]+)?|person\/[^/]+|organ\/[^/]+)?$/;

async function render() {
  const { pathname, searchParams } = new URL(window.location.href);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const page = main();
  document.title = 'Referatarkiv';
  setFeed(null);
  // aria-busy tells assistive technology (and the browser tests) that the page is still being filled in.
  page.setAttribute('aria-busy', 'true');
  try {
    if (parts.length === 0) await searchPage(page, searchParams, navigate);
    else if (parts[0] === 'moede' && parts.length === 4 && parts[2] === 'punkt') await itemPage(page, parts[1], parts[3], searchParams);
    else if (parts[0] === 'moede' && parts.length === 2) await meetingPage(page, parts[1]);
    else if (parts[0] === 'person' && parts.length === 2) await personPage(page, parts[1]);
    else if (parts[0] === 'personer') await personsPage(page);
    else if (parts[0] === 'moeder') await meetingsPage(page);
    else if (parts[0] === 'organ' && parts.length === 2) await bodyPage(page, parts[1]);
    else if (parts[0] === 'organer') await bodiesPage(page);
    else notFound(page, 'Adressen findes ikke i Referatarkivet.');
  } catch (e) {
    // An unknown meeting, item, person or body is a page that does not exist: say so under a heading, like the server's 404.
    if (e.status === 404) notFound(page, e.message);
    else page.replaceChildren(el('h1', {}, 'Noget gik galt'), el('p', { class: 'error', role: 'alert' }, e.message));
  } finally {
    page.removeAttribute('aria-busy');
  }
}

function notFound(page, message) {
  document.title = 'Siden findes ikke – Referatarkiv';
  page.replaceChildren(el('h1', {}, 'Siden findes ikke'), el('p', {}, message),
    el('p', {}, el('a', { href: '/' }, 'Til forsiden og søgningen')));
}

export function navigate(href) {
  history.pushState(null, '', href);
  // A page may name where focus belongs after it is shown (the search page: its results heading); else <main>.
  render().then(() => (document.querySelector('[data-focus-after-render]') || main()).focus());
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, window.location.href);
  // Only the front-end's own pages render in place; the API, feeds, calendars and exports load as files.
  if (url.origin !== window.location.origin || !PAGES.test(url.pathname)) return;
  // A link to a place on the same page (a skip link) moves focus there instead of rendering the page again.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', render);
render();
