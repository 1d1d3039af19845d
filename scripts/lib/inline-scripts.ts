import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from './files.ts';

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const TYPE_ATTRIBUTE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC_ATTRIBUTE = /\bsrc\s*=/i;
// Script types that CSP's script-src governs; others (application/ld+json, …) are data blocks it ignores.
const CSP_CHECKED_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/** Whether a <script> with these attributes (and no src) runs as script, which script-src governs. */
export function runsAsScript(attributes: string) {
  const type = TYPE_ATTRIBUTE.exec(attributes);
  return CSP_CHECKED_TYPES.has((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase());
}

/** The text of every inline <script> in a page that script-src must allow, in document order. */
export function inlineScripts(html: string) {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT_ELEMENT)) {
    if (!SRC_ATTRIBUTE.test(attributes) && runsAsScript(attributes)) scripts.push(text);
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
 * The sorted, distinct hashes of the inline scripts of these HTML files, which the
 * Content-Security-Policy allows; `inspect` sees each page as it is read, for checks that need
 * the same text. Pages are read one after another and let go of at once: a thousand small files
 * came in faster this way than as parallel reads through libuv's thread pool, and holding them all
 * kept the garbage collector busy.
 */
export function scanPages(files: Iterable<string>, inspect?: (file: string, html: string) => void) {
  const hashes = new Set<string>();
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const script of inlineScripts(html)) hashes.add(cspHash(script));
    inspect?.(file, html);
  }
  return { hashes: [...hashes].sort() };
}

/** Sorted, distinct hashes of every inline script in every HTML file below dir. */
export function inlineScriptHashes(dir: string) {
  return scanPages(htmlFiles(dir)).hashes;
}
