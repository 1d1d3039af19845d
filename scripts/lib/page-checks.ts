// Checks over every built page, in the one pass in which scripts/finish-build.ts reads each page
// for its Content-Security-Policy: what a page would run or load, its ids, and whether its links
// and #fragments land. These are content rules the source cannot settle alone (a heading's id
// meets the layout's ids only on the page; a link's target exists only once every page is built),
// so each problem is traced back to the content file it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runsAsScript } from './inline-scripts.ts';

/**
 * The site's own inline scripts (src/build/inline-script.ts), each marked data-inline="<name>" by
 * the component that prints it, and the same text on every page. Anything else inline is refused:
 * the CSP would otherwise allow it by hash with the next build.
 */
const SITE_INLINE_SCRIPTS = ['page-init', 'tool-loader'];

/** A problem on a built page, at an offset in its HTML; `find` (a pattern, or text as written) locates it in the content file. */
export interface PageProblem {
  page: string;
  at: number;
  message: string;
  find?: RegExp | string | undefined;
}

interface Link {
  page: string;
  at: number;
  url: string;
  /** a link to follow (<a>, <form>), or a file the page loads. */
  kind: 'link' | 'resource';
  element: string;
}

// One search each for the few things these checks read, not a walk over every tag: an article's
// code blocks alone hold thousands of coloured spans. An attribute counts only inside a tag (the
// last "<" before it comes after the last ">"), so code that shows HTML is not read as HTML.
const ATTRIBUTE = /\s(id|href|src|srcset|poster|data|action|formaction|background|on[a-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_WITH_URL = /\sstyle\s*=\s*(?:"([^"]*url\([^"]*)"|'([^']*url\([^']*)')/gi;
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]*/y;
const REL = /\srel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
// Link types that make the browser fetch or connect (stylesheet, icon, preload, …); others only name a page.
const FETCHING_RELS = /\b(?:stylesheet|icon|apple-touch-icon|mask-icon|preload|modulepreload|prefetch|prerender|manifest|preconnect|dns-prefetch)\b/i;

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decode = (value: string) =>
  value.includes('&') ? value.replace(ENTITY, (_m, dec, hex, name) => (name ? (NAMED[name.toLowerCase()] ?? '') : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)))) : value;

const SITE = 'https://site.invalid';
/** Whether a URL in a page leaves the site (another origin) or is data the CSP blocks (data:, blob:). */
const offSite = (url: string) => new URL(url, `${SITE}/`).origin !== SITE;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Collects what every page holds, page by page (`add`), then judges the site (`problems`): page
 * paths are "/articles/quantization/" or "/404.html"; `exists` says whether a site path other than
 * a page is a file the build wrote.
 */
export class PageChecks {
  readonly #ids = new Map<string, Set<string>>();
  readonly #links: Link[] = [];
  readonly #problems: PageProblem[] = [];
  readonly #siteScripts = new Map<string, { text: string; page: string }>();
  readonly #exists: (path: string) => boolean;

  constructor(exists: (path: string) => boolean) {
    this.#exists = exists;
  }

  add(page: string, html: string): void {
    const ids = new Map<string, string>();
    const problem = (at: number, message: string, find?: RegExp | string) => this.#problems.push({ page, at, message, find });
    const scripts: [number, number][] = [];
    for (const script of html.matchAll(SCRIPT)) {
      const [whole, attributes = '', text = ''] = script;
      scripts.push([script.index, script.index + whole.length]);
      if (!/\ssrc\s*=/i.test(attributes) && runsAsScript(attributes)) this.#inlineScript(page, script.index, /\sdata-inline\s*=\s*"([^"]*)"/.exec(attributes)?.[1], text, problem);
    }
    // Inside a script's text, past the end of its opening tag (whose own src= is read as any attribute).
    const inScriptText = (at: number) => scripts.some(([from, to]) => at > from && at < to && html.lastIndexOf('>', at) >= html.indexOf('>', from));
    ATTRIBUTE.lastIndex = 0;
    for (let match = ATTRIBUTE.exec(html); match; match = ATTRIBUTE.exec(html)) {
      const at = match.index;
      const open = html.lastIndexOf('<', at);
      if (open < html.lastIndexOf('>', at) || inScriptText(at)) continue;
      TAG_NAME.lastIndex = open + 1;
      const element = TAG_NAME.exec(html)?.[0].toLowerCase();
      if (!element) continue;
      const name = (match[1] ?? '').toLowerCase();
      const value = decode(match[2] ?? match[3] ?? match[4] ?? '');
      if (name === 'id') {
        const first = ids.get(value);
        if (first) problem(open, `the id "${value}" is on the page twice (<${first}> and <${element}>), so a link to #${value} cannot reach the second. A heading's id is its text and an answer's id on /faq/ its file name: reword the heading or rename the file`, idSource(value));
        else ids.set(value, element);
      } else if (name.startsWith('on')) {
        problem(open, `<${element} ${name}=…>: the Content-Security-Policy blocks inline event handlers, so it would never run. Remove it; interactive parts are components (src/components/mdx)`, new RegExp(`\\b${name}\\s*=`, 'i'));
      } else if (/^javascript:/i.test(value.trim())) {
        problem(open, `<${element} ${name}="javascript:…">: the Content-Security-Policy blocks javascript: URLs. Link to a page, or make the control a component`, /javascript:/i);
      } else {
        const rel = element === 'link' ? decode(REL.exec(html.slice(open, html.indexOf('>', at) + 1))?.slice(1).find((v) => v !== undefined) ?? '') : '';
        this.#url(page, open, element, name, value, rel);
      }
    }
    for (const [css, at] of [...[...html.matchAll(STYLE_ELEMENT)].map((m) => [m[1] ?? '', m.index] as const), ...[...html.matchAll(STYLE_WITH_URL)].map((m) => [decode(m[1] ?? m[2] ?? ''), m.index] as const)]) {
      for (const url of cssUrls(css)) if (offSite(url)) problem(at, `a style on the page loads ${url}${fromElsewhere}`, url);
    }
    this.#ids.set(page, new Set(ids.keys()));
  }

  #inlineScript(page: string, at: number, name: string | undefined, text: string, problem: (at: number, message: string, find?: RegExp | string) => void) {
    if (!name || !SITE_INLINE_SCRIPTS.includes(name)) {
      problem(at, `an inline <script>: pages run only the site's own scripts (${SITE_INLINE_SCRIPTS.join(', ')}), and the Content-Security-Policy would allow this one by its hash. Remove it; interactive parts are components (src/components/mdx) with their scripts in src/client`, /<script\b/i);
      return;
    }
    const known = this.#siteScripts.get(name);
    if (!known) this.#siteScripts.set(name, { text, page });
    else if (known.text !== text) problem(at, `the inline script "${name}" differs from the one on ${known.page}: the site's own scripts are the same on every page (src/build/inline-script.ts)`);
  }

  /** A URL in an attribute: a file the page loads must be the site's own and exist; a link is kept to judge once every page is in. */
  #url(page: string, at: number, element: string, name: string, value: string, rel: string) {
    const resource = (['src', 'poster', 'data', 'background'].includes(name) && element !== 'a') || name === 'srcset' || (element === 'link' && name === 'href' && FETCHING_RELS.test(rel));
    if (resource) {
      const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls.filter(Boolean)) {
        // The site's icon travels in each page as an SVG data: URL (BaseLayout.astro; the CSP allows data: images).
        if (element === 'link' && /\bicon\b/i.test(rel) && url.startsWith('data:image/svg+xml,')) continue;
        if (offSite(url)) this.#problems.push({ page, at, message: `<${element} ${name}="${url}"> loads ${url}${fromElsewhere}`, find: url });
        else this.#links.push({ page, at, url, kind: 'resource', element });
      }
      return;
    }
    const followed = (name === 'href' && ['a', 'area', 'link'].includes(element)) || name === 'action' || name === 'formaction';
    // Links to other sites (https:, mailto:, //host) are the reader's to follow.
    if (followed && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) this.#links.push({ page, at, url: value, kind: 'link', element });
  }

  /** Every problem found, once all pages are in: links and #fragments are judged against the whole site. */
  problems(): PageProblem[] {
    const problems = [...this.#problems];
    for (const link of this.#links) {
      const target = new URL(link.url, `${SITE}${link.page}`);
      let path: string;
      try {
        path = decodeURI(target.pathname);
      } catch {
        path = target.pathname;
      }
      const page = this.#ids.has(path) ? path : this.#ids.has(`${path}/`) ? `${path}/` : undefined;
      const find = link.url;
      if (!page && !this.#exists(path)) {
        problems.push({
          page: link.page,
          at: link.at,
          message: link.kind === 'link' ? `the link ${link.url} leads to no page of the site. Check the address: pages are /articles/<slug>/, /glossary/<slug>/, /faq/<slug>/ and /models/<slug>/, from the file names in content/` : `<${link.element}> loads ${link.url}, which the build does not write: put the file in public/`,
          find,
        });
        continue;
      }
      const fragment = target.hash.slice(1);
      if (link.kind === 'link' && fragment && page && !this.#ids.get(page)?.has(decodeURIComponent(fragment))) {
        problems.push({ page: link.page, at: link.at, message: `the link ${link.url} points at #${decodeURIComponent(fragment)}, which ${page === link.page ? 'this page' : page} does not have. Link to an id that exists (a heading's id is its text in lower case, words joined by hyphens)`, find });
      }
    }
    return problems;
  }
}

const fromElsewhere = ', which readers would fetch from another site or the Content-Security-Policy would block; no request leaves the site. Save the file in public/ and use its path (/images/…)';

function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => m.slice(1).find((v) => v !== undefined) ?? '').filter(Boolean);
}

/** Where an id comes from in a content file: an id="…" written there, or a heading whose text makes it. */
function idSource(id: string): RegExp {
  const words = id.split('-').map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`id=["'{]*${escapeRegExp(id)}\\b|^#{1,6}[ \\t]+[^\\p{L}\\p{N}\\n]*${words}[^\\p{L}\\p{N}\\n]*$`, 'imu');
}

/** Which content file a problem on a page comes from. */
export interface SourceFinder {
  /** The content file a problem comes from ("content/faq/main.md"), or undefined for the site's code. */
  fileOf(problem: PageProblem, html: () => string): string | undefined;
}

/**
 * Traces pages to content files. A page /<folder>/<slug>/ is built from content/<folder>/<slug>.*
 * (articles, glossary, faq, models); on a list page /<folder>/ that prints whole entries (the FAQ
 * list), a problem belongs to the entry whose id (its slug) comes last before it.
 */
export function contentSources(files: readonly string[]): SourceFinder {
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const m = /^content\/([^/]+)\/([^/]+)\.(?:mdx?|ya?ml)$/.exec(file);
    if (m) bySlug.set(`${m[1]}/${m[2]}`, file);
  }
  return {
    fileOf(problem, html) {
      const parts = problem.page.split('/').filter(Boolean);
      if (parts.length === 2) return bySlug.get(`${parts[0]}/${parts[1]}`);
      if (parts.length !== 1) return undefined;
      const page = html();
      const before = page.slice(0, page.indexOf('>', problem.at) + 1);
      let owner: string | undefined;
      for (const [, id] of before.matchAll(/\sid="([^"]+)"/g)) owner = bySlug.get(`${parts[0]}/${id}`) ?? owner;
      return owner;
    },
  };
}

/** "content/articles/x.mdx:12: message (on /articles/x/)", or the page when no content file is to blame. */
export function describeProblem(problem: PageProblem, file: string | undefined, root: string): string {
  if (!file) return `${problem.page}: ${problem.message}. It comes from the page's layout or components (src/), not from content.`;
  const source = readFileSync(join(root, file), 'utf8');
  const at = typeof problem.find === 'string' ? source.indexOf(problem.find) : (problem.find?.exec(source)?.index ?? -1);
  const line = at === -1 ? undefined : source.slice(0, at).split('\n').length;
  return `${file}${line ? `:${line}` : ''}: ${problem.message} (on ${problem.page}).`;
}

/** The site path of an HTML file in dist/: "index.html" is "/", "faq/index.html" "/faq/", "404.html" itself. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Whether a site path names a file below dist/ (a feed, an image, a script bundle). */
export const fileInDist = (dist: string) => (path: string) => !path.endsWith('/') && existsSync(join(dist, path));
