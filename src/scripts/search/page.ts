import { RESULT_TYPES, normaliseQuery, type ResultType } from '../../lib/search-results';
import { loadEngine, runSearch } from './engine';
import { didYouMean, resultItem, statusText, waysForward } from './render';

/** The search page: results as you type, the query and filter kept in the URL, back/forward restore them. */
const form = document.getElementById('search-page-form') as HTMLFormElement;
const input = document.getElementById('search-page-input') as HTMLInputElement;
const results = document.getElementById('search-results') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const filters = document.getElementById('search-filters') as HTMLFieldSetElement;

loadEngine();
filters.hidden = false;

const isType = (t: string | null): t is ResultType => (RESULT_TYPES as readonly string[]).includes(t ?? '');
const currentType = (): ResultType | undefined => {
  const checked = filters.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  return isType(checked) ? checked : undefined;
};

function urlFor(query: string, type: ResultType | undefined): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (type) params.set('type', type);
  const qs = params.toString();
  return `/search/${qs ? `?${qs}` : ''}`;
}

let latest = 0;
async function search(): Promise<void> {
  const ticket = ++latest;
  const outcome = await runSearch(input.value, currentType());
  if (ticket !== latest) return;
  const list = document.createElement('ol');
  list.className = 'search-list';
  list.append(...outcome.results.map(resultItem));
  results.replaceChildren(...didYouMean(outcome), ...(outcome.results.length ? [list] : []), ...waysForward(outcome));
  status.textContent = statusText(outcome);
  document.title = outcome.query ? `“${outcome.query}”: search · Open Weights, Explained` : 'Search · Open Weights, Explained';
}

function syncUrl(push: boolean): void {
  const url = urlFor(normaliseQuery(input.value), currentType());
  if (url === location.pathname + location.search) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function restoreFromUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type');
  for (const radio of filters.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === (isType(type) ? type : '');
  void search();
}

let typing: ReturnType<typeof setTimeout> | undefined;
let typedSincePush = false;
input.addEventListener('input', () => {
  // Typing replaces the URL; the first keystroke after a settled query pushes, so Back returns to it.
  syncUrl(!typedSincePush);
  typedSincePush = true;
  clearTimeout(typing);
  typing = setTimeout(() => void search(), 60);
});
input.addEventListener('blur', () => (typedSincePush = false));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  typedSincePush = false;
  syncUrl(true);
  void search();
});
filters.addEventListener('change', () => {
  syncUrl(true);
  typedSincePush = false;
  void search();
});
window.addEventListener('popstate', restoreFromUrl);
restoreFromUrl();
