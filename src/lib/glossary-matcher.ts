import { escapeRegExp } from './regexp';

/**
 * Finds glossary terms in running text: whole words, case-insensitive, longest name first
 * ("training data" wins over "training"), each term at most once per document.
 */
export interface MatchableTerm {
  slug: string;
  /** The term's display name and its aliases. */
  names: readonly string[];
}

export interface TermMatch {
  slug: string;
  start: number;
  end: number;
  text: string;
}

/** Normalises typographic apostrophes and spacing so "model’s" and "model's" compare equal: two names with the same key are one name. */
export const glossaryNameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Letters, digits and underscore: what a name may not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (code: number, char: string) =>
  code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 : WORD_CHAR.test(char);
const isLetterOrDigit = (code: number, char: string) => code !== 95 && isWordChar(code, char);
const HYPHEN = 45;
const DOT = 46;

/** Whether a name may end at `end`: not followed by a word character, nor by a hyphen and one. */
function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  if (code === HYPHEN) return end + 1 >= text.length || !isLetterOrDigit(text.charCodeAt(end + 1), text[end + 1] as string);
  return !isWordChar(code, text[end] as string);
}

/**
 * The end of the word that starts at `at`: its run of word characters, after a leading dot if
 * there is one. Lower-cased, that word is the key a name is filed under ("open" for
 * "open-source", "config" for "config.json", ".gguf").
 */
function wordEnd(text: string, at: number): number {
  let end = text.charCodeAt(at) === DOT ? at + 1 : at;
  while (end < text.length && isWordChar(text.charCodeAt(end), text[end] as string)) end += 1;
  return end;
}

export class GlossaryMatcher {
  readonly #slugByName = new Map<string, string>();
  /**
   * Names filed by their first word, each as a pattern anchored where it is tried, longest name
   * first. Running text is scanned word by word and only the few names that share a word are tried
   * there: one alternation of every name, tried at every character, cost most of a build's linking
   * time.
   */
  readonly #byKey = new Map<string, RegExp[]>();

  constructor(terms: readonly MatchableTerm[]) {
    for (const term of terms) {
      for (const name of term.names) {
        const key = glossaryNameKey(name);
        if (key.length < 2) continue;
        const owner = this.#slugByName.get(key);
        if (owner && owner !== term.slug) {
          throw new Error(`Glossary name "${name}" belongs to both "${owner}" and "${term.slug}": keep it on one term only.`);
        }
        this.#slugByName.set(key, term.slug);
      }
    }
    const names = [...this.#slugByName.keys()].sort((a, b) => b.length - a.length);
    for (const name of names) {
      const source = escapeRegExp(name).replace(/'/g, "['’]").replace(/ /g, '\\s+');
      // No Unicode classes in the pattern: compiling hundreds of patterns with them took longer than
      // linking a thousand articles. Where a name may start and end is checked by the scan instead.
      const pattern = new RegExp(source, 'iuy');
      const key = name.slice(0, wordEnd(name, 0));
      const filed = this.#byKey.get(key);
      if (filed) filed.push(pattern);
      else this.#byKey.set(key, [pattern]);
    }
  }

  /** Slugs every name (and alias) points at. */
  get slugs(): ReadonlySet<string> {
    return new Set(this.#slugByName.values());
  }

  /**
   * Terms mentioned in `text`, in order, skipping slugs in `taken` and adding the ones it returns
   * to it, so one `taken` set across a document's text nodes yields first mentions only.
   */
  find(text: string, taken: Set<string>): TermMatch[] {
    const found: TermMatch[] = [];
    let at = 0;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      const dot = code === DOT;
      if (!dot && !isWordChar(code, text[at] as string)) {
        at += 1;
        continue;
      }
      const end = wordEnd(text, at);
      const previous = at > 0 ? text.charCodeAt(at - 1) : 32;
      const candidates =
        at === 0 || (previous !== HYPHEN && !isWordChar(previous, text[at - 1] as string))
          ? this.#byKey.get(text.slice(at, end).toLowerCase())
          : undefined;
      const match = candidates && longestAt(candidates, text, at);
      if (!match) {
        // No name starts inside a word; after a dot, the word itself may start one.
        at = dot ? at + 1 : end;
        continue;
      }
      const slug = this.#slugByName.get(glossaryNameKey(match));
      if (slug && !taken.has(slug)) {
        taken.add(slug);
        found.push({ slug, start: at, end: at + match.length, text: match });
      }
      at += match.length;
    }
    return found;
  }
}

/** The first of `patterns` (longest name first) that matches at `at` and ends a word, as written in `text`. */
function longestAt(patterns: readonly RegExp[], text: string, at: number): string | undefined {
  for (const pattern of patterns) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m && endsWord(text, at + m[0].length)) return m[0];
  }
  return undefined;
}
