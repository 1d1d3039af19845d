/**
 * Cross-references between collections (an article's next steps, a term's related terms, a FAQ's
 * related pages, a table row's glossary term) must point at entries that exist. Schemas check one
 * file at a time; this checks the whole site and names the file, the field and the missing slug.
 */
export type CollectionName = 'articles' | 'glossary' | 'faq' | 'comparisons' | 'families' | 'models' | 'licenses';

export interface Reference {
  /** Where the reference is written, e.g. "content/articles/quantization.mdx". */
  file: string;
  /** The front-matter field, e.g. "next.terms". */
  field: string;
  collection: CollectionName;
  slug: string;
}

export class BrokenReferenceError extends Error {
  readonly broken: Reference[];
  constructor(broken: Reference[]) {
    super(
      `${broken.length} reference(s) point at content that does not exist:\n` +
        broken.map((r) => `  ${r.file}: ${r.field} names "${r.slug}", but there is no content/${r.collection}/${r.slug} entry.`).join('\n'),
    );
    this.broken = broken;
    this.name = 'BrokenReferenceError';
  }
}

/** Throws one error listing every reference whose target is missing. */
export function assertReferences(references: readonly Reference[], existing: Record<CollectionName, ReadonlySet<string>>): void {
  const broken = references.filter((r) => !existing[r.collection].has(r.slug));
  if (broken.length) throw new BrokenReferenceError(broken);
}
