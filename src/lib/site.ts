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
] as const;

/** `Page title · Site name`, except for the home page, which is just the site name. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE.name}` : SITE.name;
}
