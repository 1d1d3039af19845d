import { urls } from './urls';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '{': '&#123;', '}': '&#125;' };

/** Escapes text for HTML as Astro does, and braces too: the markup also travels inside MDX expressions. */
const escapeText = (s: string) => s.replace(/[&<>"'{}]/g, (c) => ENTITIES[c] as string);

export interface TermPreview {
  slug: string;
  /** The term's display name. */
  term: string;
  /** Its one-sentence definition, shown in the preview. */
  definition: string;
}

/**
 * A glossary link with its hover and focus preview, as HTML. The glossary linker puts it into
 * articles for first mentions, and <Term> for the ones an editor writes; `linkHtml` is the linked
 * words, already HTML.
 */
export function termHtml({ slug, term, definition }: TermPreview, linkHtml: string): string {
  const tip = `tip-${slug}`;
  return (
    `<span class="term"><a href="${urls.term(slug)}" class="term-link" aria-describedby="${tip}">${linkHtml}</a>` +
    `<span role="tooltip" id="${tip}" class="term-tip" data-pagefind-ignore><strong>${escapeText(term)}:</strong> ${escapeText(definition)}</span></span>`
  );
}

/** termHtml for plain linked words, as MDX source that renders exactly that HTML. */
export function termMdx(preview: TermPreview, words: string): string {
  return `<Fragment set:html={${JSON.stringify(termHtml(preview, escapeText(words)))}} />`;
}
