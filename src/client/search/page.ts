import { isPageType, type PageType } from '../../lib/page-types';
import { normaliseQuery } from '../../lib/search-results';
import { urls } from '../../lib/urls';
import { isSearchable } from '../../lib/search-query';
import { typingDebounce } from '../../lib/typing-debounce';
import { FIRST_KEY_RESULTS, TYPING_PAUSE_MS, loadEngine, runSearch } from './engine';
import { didYouMean, moreButton, resultItem, statusText, waysForward } from './render';

/** The search page: results as you type, the query and filter kept in the URL, back/forward restore them. */
const form = document.getElementById('search-page-form') as HTMLFormElement;
const input = document.getElementById('search-page-input') as HTMLInputElement;
const results = document.getElementById('search-results') as HTMLElement;
const status = document.getElementById('search-status') as HTMLElement;
const filters = document.getElementById('search-filters') as HTMLFieldSetElement;

loadEngine();
filters.hidden = false;

const currentType = (): PageType | undefined => {
  const checked = filters.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  return isPageType(checked) ? checked : undefined;
};

function urlFor(query: string, type: PageType | undefined): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (type) params.set('type', type);
  const qs = params.toString();
  return `${urls.search()}${qs ? `?${qs}` : ''}`;
}

/** Results per batch; "Show more" adds a batch. */
const PAGE_SIZE = 6;
let shown = PAGE_SIZE;
let latest = 0;
async function search(firstKey = false): Promise<void> {
  const ticket = ++latest;
  const outcome = await runSearch(input.value, { type: currentType(), limit: firstKey ? Math.min(shown, FIRST_KEY_RESULTS) : shown, isCurrent: () => ticket === latest });
  if (!outcome || ticket !== latest) return;
  const list = document.createElement('ol');
  list.className = 'search-list';
  list.append(...outcome.results.map(resultItem));
  const more = moreButton(outcome, PAGE_SIZE, () => {
    const firstNew = outcome.results.length;
    shown += PAGE_SIZE;
    void search().then(() => results.querySelectorAll<HTMLElement>('.search-result .search-title')[firstNew]?.focus());
  });
  results.replaceChildren(...didYouMean(outcome), ...(outcome.results.length ? [list] : []), ...more, ...waysForward(outcome));
  status.textContent = statusText(outcome);
  document.title = outcome.query ? `“${outcome.query}”: search · Open Weights, Explained` : 'Search · Open Weights, Explained';
}

function syncUrl(push: boolean): void {
  const url = urlFor(normaliseQuery(input.value), currentType());
  if (url === location.pathname + location.search) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function restoreFromUrl(): void {
  shown = PAGE_SIZE;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type');
  for (const radio of filters.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === (isPageType(type) ? type : '');
  void search();
}

// A first key that gives nothing to search for yet (one letter) clears the list, and the next key
// counts as the first again, so results come at once when there is something to search for.
const searchWhileTyping = typingDebounce((firstKey) => {
  void search(firstKey);
  return !firstKey || isSearchable(input.value);
}, TYPING_PAUSE_MS);
let typedSincePush = false;
input.addEventListener('input', () => {
  shown = PAGE_SIZE;
  // Typing replaces the URL; the first keystroke after a settled query pushes, so Back returns to it.
  syncUrl(!typedSincePush);
  typedSincePush = true;
  searchWhileTyping();
});
input.addEventListener('blur', () => (typedSincePush = false));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  searchWhileTyping.cancel();
  typedSincePush = false;
  syncUrl(true);
  void search();
});
filters.addEventListener('change', () => {
  shown = PAGE_SIZE;
  syncUrl(true);
  typedSincePush = false;
  void search();
});
window.addEventListener('popstate', restoreFromUrl);
restoreFromUrl();
