import { escapeHtml } from './escape-html';
import { urls } from './urls';

/** What a term's preview shows. */
export interface TermPreview {
  term: string;
  definition: string;
}

/**
 * A link to a glossary term with its preview (shown on hover, keyboard focus and a first tap; see
 * src/styles/term-preview.css), which screen readers read as the link's description. `labelHtml`
 * is the linked words, already HTML. The link and the preview have no class of their own
 * (`.term > a`, `.term > span`), and the search index leaves previews out by that selector
 * (scripts/lib/search-index.ts), not by an attribute on each: an article carries a few dozen of
 * these, and every byte of them is in its first load.
 */
export function termLinkHtml(slug: string, { term, definition }: TermPreview, labelHtml: string): string {
  const tip = escapeHtml(`tip-${slug}`);
  return (
    `<span class="term"><a href="${escapeHtml(urls.term(slug))}" aria-describedby="${tip}">${labelHtml}</a>` +
    `<span id="${tip}"><strong>${escapeHtml(term)}:</strong> ${escapeHtml(definition)}</span></span>`
  );
}
