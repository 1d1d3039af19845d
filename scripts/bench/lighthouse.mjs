// Lighthouse with its default (mobile) settings, in the system's Chromium.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.mjs';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The scored audits that kept a category below 100. */
function shortfalls(lhr) {
  const below100 = LIGHTHOUSE_CATEGORIES.filter((id) => Math.round((lhr.categories[id].score ?? 0) * 100) < 100);
  return below100.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${id}: ${lhr.audits[ref.id].title}`),
  );
}

/** Runs per page; the median by performance score is reported, as Lighthouse's docs advise. */
const RUNS = 3;
// A trace sometimes comes back unusable (NO_NAVSTART, NO_FCP) on a loaded machine; a new run fixes it.
const ATTEMPTS = 3;

async function auditOnce(url, port) {
  let lhr;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    ({ lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES }));
    if (!lhr.runtimeError) break;
  }
  return lhr;
}

async function audit(url, port) {
  const reports = [];
  for (let run = 0; run < RUNS; run += 1) reports.push(await auditOnce(url, port));
  const performance = (lhr) => (lhr.runtimeError ? -1 : (lhr.categories.performance.score ?? 0));
  return reports.sort((a, b) => performance(a) - performance(b))[Math.floor(RUNS / 2)];
}

export async function runLighthouse(baseUrl, pages) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const results = [];
  try {
    for (const { type, path } of pages) {
      const lhr = await audit(`${baseUrl}${path}`, chrome.port);
      results.push({
        type,
        path,
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        shortfalls: shortfalls(lhr),
        runtimeError: lhr.runtimeError?.message,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
