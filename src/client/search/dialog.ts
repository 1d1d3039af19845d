import { urls } from '../../lib/urls';
import { MAX_QUERY_LENGTH, normaliseQuery, type DisplayResult, type Segment } from '../../lib/search-results';
import { PAGE_TYPES } from '../../lib/page-types';
import { isSearchable } from '../../lib/search-query';
import { typingDebounce } from '../../lib/typing-debounce';
import { FIRST_KEY_RESULTS, TYPING_PAUSE_MS, loadEngine, runSearch } from './engine';
import { didYouMean, excerptNodes, statusText, waysForward } from './render';

/**
 * The header search dialog: a combobox with a listbox of results (pages and their matching
 * sections). Arrow keys move, Enter opens, Escape closes and returns focus to where it was.
 */
let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let list: HTMLUListElement;
let status: HTMLElement;
let extra: HTMLElement;
let allLink: HTMLAnchorElement;
let returnFocus: HTMLElement | null = null;
let active = -1;
let latest = 0;
/** The query whose results the list shows. */
let shownFor = '';
// A first key that gives nothing to search for yet (one letter) clears the list, and the next key
// counts as the first again, so results come at once when there is something to search for.
const searchWhileTyping = typingDebounce((firstKey) => {
  void update(firstKey);
  return !firstKey || isSearchable(input.value);
}, TYPING_PAUSE_MS);
/** Pages listed, each with up to three sections; the search page has the rest. */
const DIALOG_RESULTS = 4;

function build(): HTMLDialogElement {
  // Reading pages carry no search styles; the dialog brings its own the first time it opens.
  const style = document.createElement('style');
  style.textContent = SEARCH_CSS;
  document.head.append(style);
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title" class="sr-only">Search the site</h2>
      <label for="search-dialog-input" class="sr-only">Search articles, terms and answers</label>
      <input id="search-dialog-input" type="search" maxlength="${MAX_QUERY_LENGTH}" role="combobox" aria-expanded="false" aria-controls="search-dialog-list" aria-autocomplete="list" autocomplete="off" spellcheck="false" placeholder="Search terms, questions, articles" />
      <button type="button" class="search-dialog-close">Close</button>
    </div>
    <p id="search-dialog-status" class="search-status" role="status"></p>
    <ul id="search-dialog-list" role="listbox" aria-label="Results"></ul>
    <div class="search-dialog-extra"></div>
    <p class="search-dialog-foot"><a href="/search/">See all results on the search page</a> <span aria-hidden="true">↑↓ to move · Enter to open · Esc to close</span></p>`;
  document.body.append(d);
  input = d.querySelector('input') as HTMLInputElement;
  list = d.querySelector('ul') as HTMLUListElement;
  status = d.querySelector('.search-status') as HTMLElement;
  extra = d.querySelector('.search-dialog-extra') as HTMLElement;
  allLink = d.querySelector('.search-dialog-foot a') as HTMLAnchorElement;
  d.querySelector('.search-dialog-close')?.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('close', () => returnFocus?.focus());
  input.addEventListener('input', searchWhileTyping);
  input.addEventListener('keydown', onKey);
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (option?.dataset['url']) location.href = option.dataset['url'];
  });
  return d;
}

function options(): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('[role="option"]')];
}

function setActive(i: number): void {
  const all = options();
  active = all.length ? (i + all.length) % all.length : -1;
  all.forEach((o, n) => o.setAttribute('aria-selected', String(n === active)));
  const current = all[active];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

function onKey(e: KeyboardEvent): void {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.key === 'Escape') {
    // A search field would otherwise spend the first Escape on clearing itself.
    e.preventDefault();
    dialog?.close();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const go = () => (location.href = options()[active]?.dataset['url'] ?? allLink.href);
    // Typed faster than the results followed: search for what is in the box, then open its first result.
    if (normaliseQuery(input.value) === shownFor) go();
    else {
      searchWhileTyping.cancel();
      void update().then(go);
    }
  }
}

function option(id: string, url: string, children: (Node | string)[], cls: string): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['url'] = url;
  li.className = cls;
  li.append(...children);
  return li;
}

function span(cls: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

/** A result's excerpt, the matched words marked; nothing when the page gave none. */
function excerpt(segments: Segment[]): HTMLSpanElement[] {
  if (!segments.length) return [];
  const line = span('search-option-excerpt', '');
  line.append(...excerptNodes(segments));
  return [line];
}

function toOptions(results: DisplayResult[]): HTMLLIElement[] {
  return results.flatMap((r, i) => [
    option(`sr-${i}`, r.url, [span('search-type', PAGE_TYPES[r.type].label), span('search-title', r.title), ...excerpt(r.excerpt)], 'search-option'),
    ...r.sections.map((s, j) => option(`sr-${i}-${j}`, s.url, [span('search-section-title', `${r.title} › ${s.title}`)], 'search-option search-option-section')),
  ]);
}

async function update(firstKey = false): Promise<void> {
  const ticket = ++latest;
  const outcome = await runSearch(input.value, { isCurrent: () => ticket === latest, limit: firstKey ? FIRST_KEY_RESULTS : DIALOG_RESULTS });
  if (!outcome || ticket !== latest) return;
  shownFor = outcome.query;
  list.replaceChildren(...toOptions(outcome.results));
  input.setAttribute('aria-expanded', String(outcome.results.length > 0));
  status.textContent = statusText(outcome);
  extra.replaceChildren(...didYouMean(outcome), ...waysForward(outcome));
  allLink.href = urls.search(outcome.query);
  setActive(outcome.results.length ? 0 : -1);
}

/** `returnTo`: where Escape sends focus, when that is not where focus is now. */
export function openSearchDialog(initial = '', returnTo: Element | null = null): void {
  loadEngine();
  const from = returnTo ?? document.activeElement;
  returnFocus = from instanceof HTMLElement ? from : null;
  dialog ??= build();
  const wasClosed = !dialog.open;
  // The browser puts focus back, on close, where it was when the dialog opened: make that the
  // reader's place, not the header box that a shortcut borrowed while the dialog loaded.
  if (wasClosed) {
    if (returnFocus !== document.activeElement) returnFocus?.focus({ preventScroll: true });
    dialog.showModal();
  }
  if (initial) input.value = initial;
  input.focus();
  // Reopening keeps the last query, selected, so typing replaces it.
  if (wasClosed && !initial) input.select();
  void update();
}
