// The budgets of DESIGN.md ("Budgets"), compared with what the benchmark measured.
// 1 KB = 1,000 bytes, as browsers' network panels count.
import { LIGHTHOUSE_CATEGORIES } from './lighthouse.ts';
import type { BenchResults } from './report.ts';

export const BUDGETS = {
  articleFirstLoadBytes: 25_000,
  articleJsFiles: 0,
  lighthouseScore: 100,
  buildSeconds: 20,
  thousandArticlesRatio: 1.3,
  /** "Independent of the number of pages": allow 1% for incidental differences. */
  fixedPageGrowth: 0.01,
  searchFirstResultMs: 300,
  searchBytes: 100_000,
  searchKeystrokeMs: 50,
};

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Whether a budget holds, as checkBudgets says it. */
export type Verdict = boolean | null | 'info';

export interface BudgetRow {
  what: string;
  budget: string;
  measured: string;
  holds: Verdict;
}

type Measured = Pick<BenchResults, 'pages' | 'articles' | 'lighthouse' | 'lighthouseControl' | 'scaling' | 'fixedPage' | 'search'> & { realBuild: { seconds: number } };

/**
 * Rows of { what, budget, measured, holds }: holds is true or false, null when not measured, and
 * 'info' for a figure shown next to a budget that is set for another size.
 */
export function checkBudgets({ pages, articles, lighthouse, lighthouseControl, realBuild, scaling, fixedPage, search }: Measured) {
  const rows: BudgetRow[] = [];
  // Every article counts: the budget is per article, and the ones with tools or long tables weigh most.
  const heaviest = articles.reduce((a, b) => (b.bytes.total > a.bytes.total ? b : a));
  const over = articles.filter((a) => a.bytes.total > BUDGETS.articleFirstLoadBytes);
  rows.push({
    what: `article first load, transferred (gzip, with headers): heaviest of ${articles.length} articles`,
    budget: `<= ${kb(BUDGETS.articleFirstLoadBytes)}`,
    measured: `${kb(heaviest.bytes.total)} (${heaviest.path}); ${over.length} of ${articles.length} over`,
    holds: over.length === 0,
  });
  const withJs = articles.filter((a) => a.jsFiles.length > BUDGETS.articleJsFiles);
  rows.push({
    what: `article first load, JavaScript files (all ${articles.length} articles)`,
    budget: `${BUDGETS.articleJsFiles}`,
    measured: withJs.length ? withJs.map((a) => `${a.path}: ${a.jsFiles.join(', ')}`).join('; ') : '0',
    holds: withJs.length === 0,
  });
  for (const model of pages.filter((p) => p.type === 'model')) {
    rows.push({
      what: `model page first load (${model.path}), transferred, and its script files`,
      budget: `<= ${kb(BUDGETS.articleFirstLoadBytes)}, no script file`,
      measured: `${kb(model.bytes.total)}; ${model.jsFiles.length ? model.jsFiles.join(', ') : 'no script file'}`,
      holds: model.bytes.total <= BUDGETS.articleFirstLoadBytes && model.jsFiles.length === 0,
    });
  }
  // What an empty page scores on this machine: a page can do no better, so a shortfall it shares is
  // the machine's, and the verdict says so (it still fails).
  const floor = lighthouseControl && !lighthouseControl.runtimeError ? lighthouseControl.scores : undefined;
  for (const run of lighthouse) {
    const low = LIGHTHOUSE_CATEGORIES.filter((id) => run.scores[id] < BUDGETS.lighthouseScore);
    const shared = floor && low.length > 0 && low.every((id) => floor[id] < BUDGETS.lighthouseScore);
    rows.push({
      what: `Lighthouse (mobile), ${run.type}`,
      budget: '100 in all four',
      measured: run.runtimeError
        ? `error: ${run.runtimeError}`
        : `${Object.values(run.scores).join(' / ')}${shared ? ` (an empty page scores ${Object.values(floor).join(' / ')} on this machine)` : ''}`,
      holds: !run.runtimeError && low.length === 0,
    });
  }
  rows.push({ what: 'build of the real site (astro + pagefind)', budget: `<= ${BUDGETS.buildSeconds} s`, measured: `${realBuild.seconds.toFixed(1)} s`, holds: realBuild.seconds <= BUDGETS.buildSeconds });
  for (const { articles, ratio } of scaling) {
    rows.push({
      what: `build with ${articles.toLocaleString('en')} extra articles vs bare Astro + MDX + Pagefind`,
      budget: articles === 1000 ? `<= ${BUDGETS.thousandArticlesRatio}x` : `(set for 1,000: <= ${BUDGETS.thousandArticlesRatio}x)`,
      measured: `${ratio.toFixed(2)}x`,
      holds: articles === 1000 ? ratio <= BUDGETS.thousandArticlesRatio : 'info',
    });
  }
  const sizes = fixedPage.map((f) => f.bytes);
  const growth = (Math.max(...sizes) - Math.min(...sizes)) / Math.min(...sizes);
  rows.push({
    what: `HTML of ${fixedPage[0].path} as articles are added`,
    budget: 'flat (within 1%)',
    measured: fixedPage.map((f) => `${f.articles}: ${f.bytes.toLocaleString('en')} B`).join(', '),
    holds: growth <= BUDGETS.fixedPageGrowth,
  });
  const wayName = { dialog: 'search dialog', page: 'search page' };
  for (const w of search.ways) {
    const label = `${wayName[w.way]} (${w.path})`;
    rows.push({ what: `${label}: first keystroke to first result`, budget: `<= ${BUDGETS.searchFirstResultMs} ms`, measured: w.measured ? `${Math.round(w.firstResultMs)} ms` : 'not measured', holds: w.measured ? w.firstResultMs <= BUDGETS.searchFirstResultMs : null });
    rows.push({ what: `${label}: bytes fetched for the first query`, budget: `<= ${kb(BUDGETS.searchBytes)}`, measured: w.measured ? kb(w.bytes) : 'not measured', holds: w.measured ? w.bytes <= BUDGETS.searchBytes : null });
    rows.push({
      what: `${label}: slowest further keystroke, key to next frame`,
      budget: `<= ${BUDGETS.searchKeystrokeMs} ms`,
      measured: w.measured ? (w.slowestKeyMs <= 16 ? '<= 16 ms' : `${Math.round(w.slowestKeyMs)} ms`) : 'not measured',
      holds: w.measured ? w.slowestKeyMs <= BUDGETS.searchKeystrokeMs : null,
    });
  }
  return rows;
}
