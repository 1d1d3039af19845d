import { escapeHtml } from './escape-html';
import { urls } from './urls';

/** What a term's preview shows. */
export interface TermPreview {
  term: string;
  definition: string;
}

/**
 * A link to a glossary term with its preview (shown on hover and focus by CSS, read by screen
 * readers as the link's description). `labelHtml` is the linked words, already HTML.
 */
export function termLinkHtml(slug: string, { term, definition }: TermPreview, labelHtml: string): string {
  const tip = escapeHtml(`tip-${slug}`);
  return (
    `<span class="term"><a href="${escapeHtml(urls.term(slug))}" class="term-link" aria-describedby="${tip}">${labelHtml}</a>` +
    `<span role="tooltip" id="${tip}" class="term-tip" data-pagefind-ignore><strong>${escapeHtml(term)}:</strong> ${escapeHtml(definition)}</span></span>`
  );
}
