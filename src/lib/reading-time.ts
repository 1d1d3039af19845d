import { withoutFrontMatter } from './markdown-text';

const WORDS_PER_MINUTE = 220;

/** Counts the words of Markdown/MDX prose, ignoring front matter, MDX imports, code blocks, tags and link targets. */
export function countWords(markdown: string): number {
  const prose = withoutFrontMatter(markdown)
    .replace(/^import\s[^\n]*\sfrom\s['"][^'"\n]+['"];?[ \t]*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]-]+/g, ' ');
  // A word is a run of non-space characters with at least one letter or digit.
  let words = 0;
  for (const _ of prose.matchAll(/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu)) words += 1;
  return words;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
