// Renders deploy/policy.ts for nginx and as a _headers file for static hosts.
import {
  CACHE_CONTROL,
  DAY_FILES,
  DEFAULT_TYPE,
  DOCUMENT_HEADERS,
  DOCUMENT_SUFFIX,
  GZIP_TYPES,
  HASHED_FILES,
  type HashedFileRule,
  HOST_FILES,
  MIME_TYPES,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  UTF8_TYPES,
} from '../../deploy/policy.ts';

/** Set per build by build/csp.conf. */
const CSP_VARIABLE = '$content_security_policy';
/**
 * The document-only headers, as variables that are empty (so nginx leaves the header out) except
 * in the location for .html files, which every page reaches: / and /x/ through `index`, unknown
 * paths through `error_page`, each an internal redirect that picks its location again.
 */
const documentVariable = (name: string) => `$page_${name.toLowerCase().replace(/-/g, '_')}`;
const DOCUMENT_VARIABLES: [name: string, value: string][] = [
  ['Content-Security-Policy', CSP_VARIABLE],
  ...Object.entries(DOCUMENT_HEADERS).map(([name, value]): [string, string] => [name, quoted(value)]),
];
/** Set per location: the revalidate value for the server, the immutable one for hashed files. */
const CACHE_VARIABLE = '$cache_control';

function quoted(value: string) {
  if (/["\\$\r\n]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} into nginx configuration: it holds a quote, backslash, $ or line break.`);
  return `"${value}"`;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hashedLocation({ prefix, suffix }: HashedFileRule) {
  return suffix === undefined ? `location ^~ ${prefix}` : `location ~ ^${escapeRegex(prefix)}[^/]+${escapeRegex(suffix)}$`;
}

const block = (opening: string, lines: string[]) => [`${opening} {`, ...lines.map((l) => `    ${l}`), '}'];

function typesBlock() {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(MIME_TYPES)) byType.set(type, [...(byType.get(type) ?? []), extension]);
  return block('types', [...byType].map(([type, extensions]) => `${type} ${extensions.join(' ')};`));
}

/** deploy/nginx-site.conf: the policy as server-level nginx directives. */
export function renderNginxSite() {
  // nginx always treats text/html as text and compresses it; naming it again only draws a warning.
  const beyondHtml = (types: string[]) => types.filter((t) => t !== 'text/html').join(' ');
  return [
    '# Generated from deploy/policy.ts by `npm run deploy:config`: change the policy, then run that.',
    '#',
    '# Server-level rules for the built site. The server block that includes this file sets `listen`,',
    '# `root` (the built dist/ directory) and includes build/csp.conf, which each build writes: it sets',
    `# ${CSP_VARIABLE} with the hashes of that build's inline scripts.`,
    '',
    'server_tokens off;',
    'index index.html;',
    'autoindex off;',
    '# /articles/x redirects to /articles/x/ with a relative Location, whatever host and port front nginx.',
    'absolute_redirect off;',
    'charset utf-8;',
    `charset_types ${beyondHtml(UTF8_TYPES)};`,
    '',
    ...typesBlock(),
    `default_type ${DEFAULT_TYPE};`,
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 6;',
    'gzip_min_length 256;',
    `gzip_types ${beyondHtml(GZIP_TYPES)};`,
    '',
    `error_page 404 ${NOT_FOUND_PAGE};`,
    '# A folder without index.html (such as /_astro/) is not found, never listed.',
    `error_page 403 =404 ${NOT_FOUND_PAGE};`,
    '',
    '# Every response gets these headers; pages get the Content-Security-Policy and the other document',
    '# headers too. Locations below only set variables, never add_header, which would drop the inherited',
    '# ones. An error page is a new internal request, so it starts from here again.',
    `set ${CACHE_VARIABLE} ${quoted(CACHE_CONTROL.revalidate)};`,
    ...DOCUMENT_VARIABLES.map(([name]) => `set ${documentVariable(name)} "";`),
    `add_header Cache-Control ${CACHE_VARIABLE} always;`,
    ...DOCUMENT_VARIABLES.map(([name]) => `add_header ${name} ${documentVariable(name)} always;`),
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    '',
    '# Pages: browsers apply these headers to documents and ignore them on other files.',
    ...block(
      `location ~ ${escapeRegex(DOCUMENT_SUFFIX)}$`,
      DOCUMENT_VARIABLES.map(([name, value]) => `set ${documentVariable(name)} ${value};`),
    ),
    '',
    '# Files named by a hash of their content.',
    ...HASHED_FILES.flatMap((rule) => block(hashedLocation(rule), [`set ${CACHE_VARIABLE} ${quoted(CACHE_CONTROL.immutable)};`])),
    '',
    '# Files with fixed names that may be a day out of date.',
    ...DAY_FILES.flatMap((path) => block(`location = ${path}`, [`set ${CACHE_VARIABLE} ${quoted(CACHE_CONTROL.day)};`])),
    '',
    '# Instructions for other hosts, not pages.',
    ...HOST_FILES.flatMap((path) => block(`location = ${path}`, ['return 404;'])),
    '',
  ].join('\n');
}

/** deploy/build/csp.conf: this build's Content-Security-Policy for nginx-site.conf. */
export function renderNginxCsp(csp: string) {
  return [
    '# Written by scripts/finish-build.ts for the build in dist/ (npm run build): do not edit.',
    `set ${CSP_VARIABLE} ${quoted(csp)};`,
    '',
  ].join('\n');
}

/**
 * dist/_headers for hosts that read one (Netlify, Cloudflare Pages). They merge the headers of every
 * rule that matches, so Cache-Control appears only in rules that cannot overlap; a rule that needs
 * a wildcard inside a name is written out per file, as not every host accepts one there.
 */
export function renderHeadersFile({ csp, sitePaths }: { csp: string; sitePaths: string[] }) {
  const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''];
  const immutable = { 'Cache-Control': CACHE_CONTROL.immutable };
  const hashedRules = HASHED_FILES.flatMap(({ prefix, suffix }) => {
    if (suffix === undefined) return rule(`${prefix}*`, immutable);
    return sitePaths
      .filter((p) => p.startsWith(prefix) && p.endsWith(suffix) && !p.slice(prefix.length).includes('/'))
      .sort()
      .flatMap((p) => rule(p, immutable));
  });
  return [
    '# Generated from deploy/policy.ts for this build by scripts/finish-build.ts: do not edit.',
    `# Paths with no Cache-Control below keep the host's default, "${CACHE_CONTROL.revalidate}"`,
    "# on Netlify and Cloudflare Pages, which is the policy's own for them.",
    '',
    // These hosts match paths, not content types: the document headers go with every response.
    ...rule('/*', { 'Content-Security-Policy': csp, ...DOCUMENT_HEADERS, ...SECURITY_HEADERS }),
    ...hashedRules,
    ...DAY_FILES.flatMap((path) => rule(path, { 'Cache-Control': CACHE_CONTROL.day })),
  ].join('\n');
}
