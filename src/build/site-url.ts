// The public origin the site is deployed at; canonical URLs, the sitemap and feeds use it.
// Override at build time with SITE_URL=https://example.org npm run build.
export const SITE_URL = process.env.SITE_URL ?? 'https://open-weights-explained.org';
