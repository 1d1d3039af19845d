/** A content file's front matter: the YAML between its opening `---` lines. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The YAML between a content file's opening `---` lines, or '' when it has none. */
export function frontMatterText(source: string): string {
  return FRONT_MATTER.exec(source)?.[1] ?? '';
}

/** A content file without its front matter: the Markdown body. */
export function withoutFrontMatter(source: string): string {
  return source.replace(FRONT_MATTER, '');
}

/** The first paragraph of a Markdown body (front matter already removed). */
export function firstParagraph(markdown: string): string {
  const blocks = markdown.trim().split(/\n\s*\n/);
  return (blocks.find((b) => !/^(#|```|<|\||-{3,})/.test(b.trim())) ?? '').trim();
}

/** Markdown inline syntax reduced to the words a reader sees. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A FAQ answer's short answer: its first paragraph, as the words a reader sees. */
export function shortAnswerText(body: string): string {
  return toPlainText(firstParagraph(body));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A description that fits a meta tag: whole words, at most `max` characters. */
export function truncate(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

/**
 * Text split into sentences: a sentence ends at . ! or ? followed by a space and a capital (or an
 * opening quote or bracket), so "Llama 3.1", "8.03 billion" and "e.g. the" stay whole.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z“"‘([])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
