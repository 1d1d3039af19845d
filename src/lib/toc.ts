export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nests h2 and h3 headings into a table of contents; deeper headings are left out. */
export function buildToc(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
