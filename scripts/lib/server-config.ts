// Renders deploy/policy.ts for nginx and as a _headers file for static hosts.
import {
  CACHE_CONTROL,
  CSP_REPORT_PATH,
  DAY_FILES,
  DEFAULT_TYPE,
  DOCUMENT_HEADERS,
  DOCUMENT_SUFFIX,
  ERROR_PAGES,
  type ErrorPage,
  GZIP_TYPES,
  HASHED_FILES,
  type HashedFileRule,
  HOST_FILES,
  MIME_TYPES,
  NOT_FOUND_PAGE,
  PATH_TYPES,
  SECURITY_HEADERS,
  UTF8_TYPES,
  contentTypeFor,
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

export function quoted(value: string) {
  if (/["\\$\r\n]/.test(value)) throw new Error(`Cannot write ${JSON.stringify(value)} into nginx configuration: it holds a quote, backslash, $ or line break.`);
  return `"${value}"`;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hashedLocation({ prefix, suffix }: HashedFileRule) {
  return suffix === undefined ? `location ^~ ${prefix}` : `location ~ ^${escapeRegex(prefix)}[^/]+${escapeRegex(suffix)}$`;
}

const block = (opening: string, lines: string[]) => [`${opening} {`, ...lines.map((l) => `    ${l}`), '}'];

/** nginx's own status for a request header too large, which it sends as 400. */
const HEADER_TOO_LARGE = 494;
const errorPageUri = ({ status }: ErrorPage) => `/_error/${status}`;
const errorPageDirectives = () =>
  ERROR_PAGES.map((page) => `error_page ${page.status === 400 ? `400 ${HEADER_TOO_LARGE}` : page.status} ${errorPageUri(page)};`);

/** An error page as one line of HTML, in the site's look as far as it can go without its stylesheet. */
export function errorPageHtml({ status, title, text }: ErrorPage) {
  const style = [
    ':root{color-scheme:light dark}',
    'body{max-width:42rem;margin:0 auto;padding:2rem 1rem;font:1.125rem/1.6 ui-sans-serif,system-ui,sans-serif}',
    '.kicker{margin:0;font-size:.875rem;font-weight:600;letter-spacing:.05em;text-transform:uppercase}',
    'h1{margin:.25rem 0 1rem;font-size:2rem;line-height:1.2}',
  ].join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title><meta name="robots" content="noindex"><link rel="icon" href="/favicon.svg" type="image/svg+xml">`,
    `<style>${style}</style></head><body><main>`,
    `<p class="kicker">Error ${status}</p><h1>${title}</h1><p>${text}</p>`,
    '<ul><li><a href="/">The home page</a></li><li><a href="/search/">Search the site</a></li></ul>',
    '</main></body></html>',
  ].join('');
}

/** Text for nginx's `return`, in single quotes: variables would still be expanded, so none may appear. */
export function returnedText(text: string) {
  if (/['\\$]/.test(text)) throw new Error(`Cannot return ${JSON.stringify(text.slice(0, 60))}… from nginx: it holds a single quote, backslash or $.`);
  return `'${text}'`;
}

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
    '# Server-level rules for the built site. A release.conf includes it (scripts/deploy.ts writes one',
    "# per release; the test servers write their own) after setting `root` to the release's pages and",
    `# including its csp.conf, which sets ${CSP_VARIABLE} with the hashes of their inline scripts.`,
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
    '# Files whose extension does not say their type.',
    ...Object.entries(PATH_TYPES).flatMap(([path, type]) => block(`location = ${path}`, ['types { }', `default_type ${type};`])),
    '',
    '# Requests nginx refuses itself keep their status and get a page with the headers of the site\'s',
    '# pages, not nginx\'s bare one. The status stays the error\'s: `return 200` only supplies the body.',
    ...errorPageDirectives(),
    ...ERROR_PAGES.flatMap((page) =>
      block(`location = ${errorPageUri(page)}`, [
        'internal;',
        'default_type text/html;',
        ...DOCUMENT_VARIABLES.map(([name, value]) => `set ${documentVariable(name)} ${value};`),
        `return 200 ${returnedText(errorPageHtml(page))};`,
      ]),
    ),
    '',
    '# Content-Security-Policy violation reports. nginx reads no body for a file, so a mirror',
    '# subrequest makes it read the report, which the access log can then record as $request_body',
    '# (deploy/nginx.conf); the request itself ends in 204. Any other method gets 204 too.',
    ...block(`location = ${CSP_REPORT_PATH}`, [
      'client_max_body_size 16k;',
      'client_body_buffer_size 16k;',
      `mirror ${CSP_REPORT_READ};`,
      'log_not_found off;',
      // An error_page here replaces the server's, so the error pages are named again.
      'error_page 404 = @csp_report_read;',
      ...errorPageDirectives(),
    ]),
    ...block(`location = ${CSP_REPORT_READ}`, ['internal;', 'return 204;']),
    ...block('location @csp_report_read', ['return 204;']),
    '',
  ].join('\n');
}

/**
 * The http-level log format for Content-Security-Policy reports: one JSON object per line, the
 * report itself as a string (escaped JSON). Neither the address nor anything else about the reader.
 * deploy/nginx.conf holds the same line (a unit test compares them).
 */
export function cspReportLogFormat() {
  return `log_format csp_report escape=json '{"time":"$time_iso8601","agent":"$http_user_agent","report":"$request_body"}';`;
}

/** The subrequest that makes nginx read a CSP report's body. */
const CSP_REPORT_READ = '/_csp-report-read';

/**
 * One release's server-level configuration, by absolute paths: its pages as the root, their
 * Content-Security-Policy and the serving rules. nginx reads these paths when it loads its
 * configuration, so pages and policy change together, at a reload, never one without the other.
 */
export function renderNginxRelease({ root, cspConf, siteConf, about }: { root: string; cspConf: string; siteConf: string; about: string }) {
  return [`# ${about}`, `root ${quoted(root)};`, `include ${quoted(cspConf)};`, `include ${quoted(siteConf)};`, ''].join('\n');
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
    ...Object.keys(PATH_TYPES).flatMap((path) => rule(path, { 'Content-Type': contentTypeFor(path) })),
  ].join('\n');
}
