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

/**
 * An article's h2 or h3 with its copy link, both in a wrapper; a heading without an id has no
 * link. `innerHtml` is the heading's content, already HTML.
 */
export function anchoredHeadingHtml(level: 2 | 3, id: string | undefined, innerHtml: string): string {
  const tag = `h${level}`;
  if (!id) return `<${tag}>${innerHtml}</${tag}>`;
  return `<div class="heading-wrap"><${tag} id="${escapeHtml(id)}">${innerHtml}</${tag}>${headingAnchorHtml(id)}</div>`;
}
