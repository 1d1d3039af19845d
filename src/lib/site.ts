import { urls } from './urls';

// The names stand alone as well as in SITE, so that browser code can import them without the rest.
const NAME = 'Open Weights, Explained';
const SHORT_NAME = 'Open Weights';

export const SITE = {
  name: NAME,
  shortName: SHORT_NAME,
  /** The home page's heading, also the title on its social card. */
  headline: 'What “open weights” means, in plain words',
  description:
    'Plain-language explanations of open-weight AI models: what they are, how they differ from open source, and what that changes for the people who run, license and build on them.',
  lang: 'en',
} as const;

export const NAV = [
  { href: urls.articles(), label: 'Articles' },
  { href: urls.glossary(), label: 'Glossary' },
  { href: urls.faqList(), label: 'FAQ' },
  { href: urls.models(), label: 'Models' },
  { href: urls.tools(), label: 'Tools' },
] as const;

const TITLE_LIMIT = 70;

/**
 * `Page title · Site name` (the short name when the full one would push the title past 70
 * characters, where search results cut it); the home page is just the site name.
 */
export function pageTitle(title?: string): string {
  if (!title) return NAME;
  const full = `${title} · ${NAME}`;
  if (full.length <= TITLE_LIMIT) return full;
  const short = `${title} · ${SHORT_NAME}`;
  return short.length <= TITLE_LIMIT ? short : title;
}

/** A page title with the site name that pageTitle added taken off again, for search results. */
export function withoutSiteName(fullTitle: string): string {
  for (const suffix of [` · ${NAME}`, ` · ${SHORT_NAME}`]) if (fullTitle.endsWith(suffix)) return fullTitle.slice(0, -suffix.length);
  return fullTitle;
}

/** The site's origin (https://host), as configured, for absolute URLs in metadata. */
export const siteOrigin = ({ site, url }: { site: URL | undefined; url: URL }): string => new URL(site ?? url).origin;
