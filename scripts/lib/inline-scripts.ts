import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './files.ts';

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const TYPE_ATTRIBUTE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC_ATTRIBUTE = /\bsrc\s*=/i;
// Script types that CSP's script-src governs; others (application/ld+json, …) are data blocks it ignores.
const CSP_CHECKED_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/** The text of every inline <script> in a page that script-src must allow, in document order. */
export function inlineScripts(html: string) {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes);
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (CSP_CHECKED_TYPES.has(typeValue)) scripts.push(text);
  }
  return scripts;
}

/** A CSP hash source ("sha256-…") for a script's text as the browser sees it (HTML turns CR LF into LF). */
export function cspHash(text: string) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}`;
}

/** Every HTML file below dir, as full paths, sorted. */
export function htmlFiles(dir: string) {
  return filesBelow(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/**
 * What the Content-Security-Policy must know about these HTML files: the sorted, distinct hashes of
 * their inline scripts, and every inline event handler or javascript: URL, as "file: what".
 * Pages are read one after another and let go of at once: a thousand small files came in faster
 * this way than as parallel reads through libuv's thread pool, and holding them all kept the
 * garbage collector busy.
 */
export function scanPages(files: Iterable<string>, name = (file: string) => file) {
  const hashes = new Set<string>();
  const handlers: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const script of inlineScripts(html)) hashes.add(cspHash(script));
    for (const found of inlineEventHandlers(html)) handlers.push(`${name(file)}: ${found}`);
  }
  return { hashes: [...hashes].sort(), handlers };
}

/** Sorted, distinct hashes of every inline script in every HTML file below dir. */
export function inlineScriptHashes(dir: string) {
  return scanPages(htmlFiles(dir)).hashes;
}

const EVENT_HANDLER = /<[a-z][^<>]*?\s(on[a-z]+)\s*=/gi;
const MAYBE_HANDLER = /\son[a-z]+\s*=/i;
const JAVASCRIPT_URL = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi;

/** Inline event handler attributes (onclick=…) and javascript: URLs in a page: CSP hashes cannot allow them. */
export function inlineEventHandlers(html: string) {
  // Most pages have neither; this quick look over the text spares them the per-tag search.
  if (!MAYBE_HANDLER.test(html) && !html.includes('javascript:')) return [];
  return [...[...html.matchAll(EVENT_HANDLER)].map((m) => `${m[1]}= attribute`), ...[...html.matchAll(JAVASCRIPT_URL)].map(() => 'javascript: URL')];
}
