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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalises typographic apostrophes and spacing so "model’s" and "model's" compare equal. */
const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export class GlossaryMatcher {
  readonly #slugByName = new Map<string, string>();
  readonly #pattern: RegExp | undefined;

  constructor(terms: readonly MatchableTerm[]) {
    for (const term of terms) {
      for (const name of term.names) {
        const key = normalise(name);
        if (key.length < 2) continue;
        const owner = this.#slugByName.get(key);
        if (owner && owner !== term.slug) {
          throw new Error(`Glossary name "${name}" belongs to both "${owner}" and "${term.slug}": keep it on one term only.`);
        }
        this.#slugByName.set(key, term.slug);
      }
    }
    const names = [...this.#slugByName.keys()].sort((a, b) => b.length - a.length);
    if (names.length) {
      const alternation = names.map((n) => escapeRegExp(n).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
      this.#pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternation})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'giu');
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
    if (!this.#pattern) return [];
    const found: TermMatch[] = [];
    for (const m of text.matchAll(this.#pattern)) {
      const slug = this.#slugByName.get(normalise(m[0]));
      if (!slug || taken.has(slug)) continue;
      taken.add(slug);
      found.push({ slug, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return found;
  }
}
