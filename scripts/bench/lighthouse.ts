// Lighthouse with its default (mobile) settings, in the system's Chromium.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { itemAt } from '../lib/lists.ts';
import { startStaticServer } from '../static-server.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** A category or audit of a report: every report of these categories has the ones asked for here. */
function entry<T>(record: Record<string, T>, id: string) {
  const found = record[id];
  if (found === undefined) throw new Error(`The Lighthouse report has no "${id}"`);
  return found;
}

const score = (lhr: Result, id: LighthouseCategory) => Math.round((entry(lhr.categories, id).score ?? 0) * 100);

/** The scored audits that kept a category below 100. */
function shortfalls(lhr: Result) {
  const below100 = LIGHTHOUSE_CATEGORIES.filter((id) => score(lhr, id) < 100);
  return below100.flatMap((id) =>
    entry(lhr.categories, id)
      .auditRefs.filter((ref) => ref.weight > 0 && (entry(lhr.audits, ref.id).score ?? 1) < 1)
      .map((ref) => `${id}: ${entry(lhr.audits, ref.id).title}`),
  );
}

/** Runs per page; the median by performance score is reported, as Lighthouse's docs advise. */
const RUNS = 3;
// A trace sometimes comes back unusable (NO_NAVSTART, NO_FCP) on a loaded machine; a new run fixes it.
const ATTEMPTS = 3;

async function auditOnce(url: string, port: number) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
    if (result === undefined) throw new Error(`Lighthouse returned no report for ${url}`);
    if (!result.lhr.runtimeError || attempt === ATTEMPTS) return result.lhr;
  }
}

async function audit(url: string, port: number) {
  const reports: Result[] = [];
  for (let run = 0; run < RUNS; run += 1) reports.push(await auditOnce(url, port));
  const performance = (lhr: Result) => (lhr.runtimeError ? -1 : (entry(lhr.categories, 'performance').score ?? 0));
  return itemAt(
    reports.sort((a, b) => performance(a) - performance(b)),
    Math.floor(RUNS / 2),
  );
}

/** The page types to audit, by site path. */
export interface AuditedPage {
  type: string;
  path: string;
}

export async function runLighthouse(baseUrl: string, pages: readonly AuditedPage[]) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const results: LighthouseRun[] = [];
  try {
    for (const { type, path } of pages) {
      const lhr = await audit(`${baseUrl}${path}`, chrome.port);
      results.push({
        type,
        path,
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, score(lhr, id)])) as Record<LighthouseCategory, number>,
        lcpMs: entry(lhr.audits, 'largest-contentful-paint').numericValue,
        cls: entry(lhr.audits, 'cumulative-layout-shift').numericValue,
        tbtMs: entry(lhr.audits, 'total-blocking-time').numericValue,
        shortfalls: shortfalls(lhr),
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

/** One page's median run: scores out of 100, and the metrics behind performance. */
export interface LighthouseRun extends AuditedPage {
  scores: Record<LighthouseCategory, number>;
  lcpMs: number | undefined;
  cls: number | undefined;
  tbtMs: number | undefined;
  shortfalls: string[];
  runtimeError: string | undefined;
}

/** A page with nothing to load or run: the best this machine and Chromium can score. */
const CONTROL_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/icon.svg" type="image/svg+xml"><title>Control page</title><meta name="description" content="A page with one heading and one paragraph, for comparison."></head>
<body><main><h1>Control page</h1><p>One heading and one paragraph, no styles, no scripts.</p></main></body></html>
`;

/**
 * Lighthouse on CONTROL_PAGE, served from a temporary folder by the preview server, with the
 * headers every page gets: what an empty page scores here. Simulated throttling multiplies the
 * browser's own work, so on a slow or busy machine, or with a header that makes the browser do
 * more, even this page loses performance points to Total Blocking Time.
 */
export async function runLighthouseControl() {
  const dir = await mkdtemp(join(tmpdir(), 'owe-lighthouse-control-'));
  await writeFile(join(dir, 'index.html'), CONTROL_PAGE);
  // Without an icon the browser asks for /favicon.ico and logs the 404 as an error.
  await writeFile(join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
  const server = await startStaticServer({ root: pathToFileURL(`${dir}/`) });
  try {
    const [result] = await runLighthouse(server.url, [{ type: 'control: empty page', path: '/' }]);
    return result;
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
