export const SITE = {
  name: 'Open Weights, Explained',
  shortName: 'Open Weights',
  description:
    'Plain-language explanations of open-weight AI models: what they are, how they differ from open source, and what that changes for the people who run, license and build on them.',
  lang: 'en',
} as const;

export const NAV = [
  { href: '/articles/', label: 'Articles' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/tools/', label: 'Tools' },
] as const;

const TITLE_LIMIT = 70;

/**
 * `Page title · Site name` (the short name when the full one would push the title past 70
 * characters, where search results cut it); the home page is just the site name.
 */
export function pageTitle(title?: string): string {
  if (!title) return SITE.name;
  const full = `${title} · ${SITE.name}`;
  if (full.length <= TITLE_LIMIT) return full;
  const short = `${title} · ${SITE.shortName}`;
  return short.length <= TITLE_LIMIT ? short : title;
}
