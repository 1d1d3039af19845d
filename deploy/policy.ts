/**
 * How the built site is served, in one place: caching, content types, compression and security
 * headers. scripts/lib/server-config.ts renders it for nginx (deploy/nginx-site.conf, and with
 * each build deploy/build/csp.conf) and for static hosts (dist/_headers); the preview server
 * (scripts/static-server.ts) applies it as well.
 */

export const CACHE_CONTROL = {
  /** A file whose name carries a hash of its content: a new build gives new content a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * Everything else, HTML first. Browsers may keep a copy but ask (with its ETag) before each use,
   * so a deploy shows at once and a cached page never points at assets the deploy replaced.
   */
  revalidate: 'public, max-age=0, must-revalidate',
  /**
   * Files with a fixed name that change rarely and harm nothing when a day out of date. Chromium
   * asks for the favicon again at every same-document URL change (the search page rewrites its URL
   * as the reader types), and without this each ask is a round trip.
   */
  day: 'public, max-age=86400',
};

/** Exact site paths cached for CACHE_CONTROL.day. */
export const DAY_FILES = ['/favicon.svg'];

/** One entry of HASHED_FILES. */
export interface HashedFileRule {
  prefix: string;
  suffix?: string;
}

/**
 * Files with a content hash in their names. `prefix` alone covers every file below that folder;
 * with `suffix`, the files directly in the folder whose names start with `prefix` and end with
 * `suffix`. Pagefind's entry files (pagefind.js, pagefind-entry.json, pagefind-worker.js,
 * wasm.<lang>.pagefind, the UI bundles) keep their names from build to build, so they are not here.
 */
export const HASHED_FILES: HashedFileRule[] = [
  { prefix: '/_astro/' },
  // Client bundles, named <name>.<hash>.js by src/lib/client-bundle.ts.
  { prefix: '/js/' },
  { prefix: '/pagefind/fragment/' },
  { prefix: '/pagefind/index/' },
  { prefix: '/pagefind/filter/' },
  { prefix: '/pagefind/pagefind.', suffix: '.pf_meta' },
];

/** Whether a site path is one of HASHED_FILES. */
export function isHashedFile(pathname: string, rules: readonly HashedFileRule[] = HASHED_FILES) {
  return rules.some(({ prefix, suffix }) => {
    if (!pathname.startsWith(prefix)) return false;
    if (suffix === undefined) return pathname.length > prefix.length;
    const rest = pathname.slice(prefix.length);
    return rest.endsWith(suffix) && rest.length > suffix.length && !rest.includes('/');
  });
}

export function cacheControlFor(pathname: string) {
  if (isHashedFile(pathname)) return CACHE_CONTROL.immutable;
  return DAY_FILES.includes(pathname) ? CACHE_CONTROL.day : CACHE_CONTROL.revalidate;
}

/** Content type by file extension. Pagefind's index files are gzip data its script unpacks itself. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

/** For files with an extension not listed above. */
export const DEFAULT_TYPE = 'application/octet-stream';

/** Content types by exact site path, ahead of MIME_TYPES: the feed is RSS, which .xml does not say. */
export const PATH_TYPES: Readonly<Record<string, string>> = {
  '/rss.xml': 'application/rss+xml',
};

/** Text types sent with "; charset=utf-8". */
export const UTF8_TYPES = ['text/html', 'text/css', 'text/javascript', 'text/plain', 'application/json', 'application/manifest+json', 'application/xml', 'application/rss+xml', 'image/svg+xml'];

/** The Content-Type header for a file at this site path ("/rss.xml", "/faq/index.html"). */
export function contentTypeFor(sitePath: string) {
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const extension = name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.') + 1) : '';
  const type = PATH_TYPES[sitePath] ?? MIME_TYPES[extension] ?? DEFAULT_TYPE;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** Types worth compressing. Images and fonts are compressed already; so are Pagefind's files. */
export const GZIP_TYPES = [...UTF8_TYPES, 'application/wasm', 'image/x-icon'];

/** Answer for paths with no file: this page, with status 404. */
export const NOT_FOUND_PAGE = '/404.html';

/** Files in dist/ that instruct a host and are not part of the site. */
export const HOST_FILES = ['/_headers'];

/** An error the server answers itself, before any file is involved, with a page of the site's. */
export interface ErrorPage {
  status: number;
  title: string;
  /** One or two sentences: what happened and what the reader can do. */
  text: string;
}

/**
 * Requests the server refuses get a small page with the site's headers instead of the server's
 * bare one, and keep their status. A reader meets 414 by pasting a whole document into the search
 * box with JavaScript off (the form sends it in the address), 400 with a cookie or address the
 * server cannot read, 405 by sending a form or any method but GET and HEAD.
 */
export const ERROR_PAGES: readonly ErrorPage[] = [
  { status: 400, title: 'This request could not be read', text: 'The browser sent something the server cannot read, such as a broken address or cookies too large for it. Reload the page, or start again from the home page.' },
  { status: 405, title: 'This site can only be read', text: 'The site serves pages and files: it takes no forms, uploads or other requests. Open the address in a browser to read it.' },
  { status: 413, title: 'This request is too large', text: 'The server accepts no request this large. Start again from the home page.' },
  { status: 414, title: 'This address is too long', text: 'The server reads addresses of up to about 8,000 characters. A search that long is usually text pasted by mistake: search for a few words instead.' },
];

/**
 * Where browsers send a report when the Content-Security-Policy blocks something, so that a page
 * whose scripts the policy does not allow shows up in the server's log instead of failing quietly.
 * nginx reads the report, logs it and answers 204 (scripts/lib/server-config.ts); hosts without
 * such an endpoint answer 404, which costs the reader nothing.
 */
export const CSP_REPORT_PATH = '/csp-report';

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Full URLs within the site, nothing to the sites that articles cite. Stylesheets follow it too.
  'Referrer-Policy': 'same-origin',
  // Browsers ignore it over plain HTTP, so it is safe for local serving too.
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Sent with HTML pages only, next to the Content-Security-Policy: these govern a document, and
 * browsers ignore them on a stylesheet, script or image, where they would only cost about 0.6 KB
 * of headers per response over HTTP/1.1 (an article's first load makes three requests; a search,
 * a dozen). Hosts that read dist/_headers cannot tell pages from files, so they send them with
 * every response.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // No Cross-Origin-Opener-Policy. `same-origin` made the browser set a page up twice whenever the
  // tab held another document first (Lighthouse starts every load from about:blank): 30-70 ms more
  // main-thread work before the first paint, which cost 1-11 points of mobile performance, an
  // empty page included. These pages keep nothing a cross-origin opener could read and open no
  // windows, so the header protected nothing here.
};

/** The ending of the files that are pages: they get DOCUMENT_HEADERS and the Content-Security-Policy. */
export const DOCUMENT_SUFFIX = '.html';

export const isDocumentPath = (filePath: string) => filePath.endsWith(DOCUMENT_SUFFIX);

/**
 * The Content-Security-Policy for a build whose inline scripts have these hashes ("sha256-…").
 *
 * Scripts: the site's own files and exactly the inline scripts the build produced; never
 * 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly, nothing more.
 * Styles: 'unsafe-inline', because Shiki colours every code token with a style attribute (hashes
 * would need 'unsafe-hashes' and one hash per distinct attribute, growing with the content) and
 * Astro inlines small component stylesheets. Inline CSS cannot run script, and with images, fonts
 * and connections limited to 'self' it cannot send anything to another origin.
 * Images: the site's own, and data: URLs, which is how each page carries the site's icon (one
 * request fewer per first visit); a data: image cannot run script or reach another origin.
 * Fonts, fetches and workers are not named: those directives fall back to default-src.
 * Violations are reported with report-uri, which every browser sends at once. Not report-to:
 * Firefox does not send it, Chromium batches its reports for up to a minute, and a browser that
 * knows report-to ignores report-uri.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>) {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...hashes],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'report-uri': [CSP_REPORT_PATH],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
