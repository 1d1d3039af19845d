import { escapeHtml } from './escape-html';

/**
 * The link an article heading carries to itself, for readers to copy. Beside the heading, not
 * inside it, so the heading's text (used by the TOC and search) stays clean.
 */
export function headingAnchorHtml(id: string): string {
  return (
    `<a class="heading-anchor" href="#${escapeHtml(id)}" data-copy-link data-pagefind-ignore>` +
    '<span aria-hidden="true">#</span><span class="sr-only">Copy link to this section</span></a>'
  );
}
