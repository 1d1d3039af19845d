import { PAGE_TYPES } from '../../lib/page-types';
import { MAX_QUERY_LENGTH, nameUrl, type DisplayResult, type Segment } from '../../lib/search-results';
import { urls } from '../../lib/urls';
import type { SearchOutcome } from './engine';

/** Builds DOM with textContent only: nothing from a query or a result is parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** An excerpt as text nodes, with the matched words in <mark>. */
export function excerptNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));
}

export function statusText(outcome: SearchOutcome): string {
  if (!outcome.query) return '';
  const n = outcome.results.length;
  const cut = outcome.cut ? ` The search was cut to its first ${MAX_QUERY_LENGTH} characters.` : '';
  if (n === 0) return `No results for “${outcome.query}”.${cut}`;
  const count = `${outcome.total} result${outcome.total === 1 ? '' : 's'}`;
  const showing = outcome.total > n ? `, showing the first ${n}` : '';
  if (outcome.corrected) return `${count} for “${outcome.corrected}”${showing} (you typed “${outcome.query}”).${cut}`;
  return `${count} for “${outcome.query}”${showing}.${cut}`;
}

/** A result as page links: the title, its type, an excerpt, and links to matching sections. */
export function resultItem(r: DisplayResult): HTMLLIElement {
  const sections = r.sections.length
    ? [
        el(
          'ul',
          { class: 'search-sections' },
          ...r.sections.map((s) => el('li', {}, el('a', { href: s.url }, s.title), el('span', { class: 'search-excerpt' }, ...excerptNodes(s.excerpt)))),
        ),
      ]
    : [];
  return el(
    'li',
    { class: 'search-result', 'data-search-result': r.type },
    el('p', { class: 'search-type' }, PAGE_TYPES[r.type].label),
    el('a', { href: r.url, class: 'search-title' }, r.title),
    el('p', { class: 'search-excerpt' }, ...excerptNodes(r.excerpt)),
    ...sections,
  );
}

/** A button that shows the next `batch` results, when more matched than are shown. */
export function moreButton(outcome: SearchOutcome, batch: number, showMore: () => void): HTMLElement[] {
  const left = outcome.total - outcome.results.length;
  if (left <= 0) return [];
  const button = el('button', { type: 'button', class: 'search-more' }, `Show ${Math.min(left, batch)} more result${Math.min(left, batch) === 1 ? '' : 's'}`);
  button.addEventListener('click', showMore);
  return [button];
}

/** "Did you mean" links to glossary terms spelled like the query. */
export function didYouMean(outcome: SearchOutcome): HTMLElement[] {
  if (!outcome.suggestions.length) return [];
  return [
    el(
      'div',
      { class: 'search-did-you-mean' },
      el('p', {}, 'Did you mean:'),
      el('ul', { class: 'search-suggestions' }, ...outcome.suggestions.map((t) => el('li', {}, el('a', { href: nameUrl(t) }, t.term)))),
    ),
  ];
}

/** What a reader sees when nothing (or little) matched: the full lists to browse instead. */
export function waysForward(outcome: SearchOutcome): HTMLElement[] {
  if (!outcome.query || outcome.results.length >= 3) return [];
  const box = el('div', { class: 'search-empty' });
  box.append(
    el('p', {}, 'Browse instead: ', el('a', { href: urls.glossary() }, 'the glossary, A to Z'), ' · ', el('a', { href: urls.faqList() }, 'all questions and answers'), ' · ', el('a', { href: urls.articles() }, 'all articles')),
  );
  return [box];
}
