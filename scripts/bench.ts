#!/usr/bin/env node
// npm run bench: measures the site against the budgets in DESIGN.md and writes
// bench-results/bench.md and bench-results/bench.json. Timings are reported, never enforced.
//
//   npm run bench [-- --sizes 100,1000 --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { checkBudgets } from './bench/budgets.ts';
import { runLighthouse, runLighthouseControl } from './bench/lighthouse.ts';
import { measurePageWeight } from './bench/page-weight.ts';
import { BENCH_PAGES, FIXED_PAGE } from './bench/pages.ts';
import { bareBuildSteps, bareProject, siteBuildSteps, siteCopy } from './bench/projects.ts';
import { renderReport, type BenchMeta, type BenchResults, type BuildResult, type FixedPageSize } from './bench/report.ts';
import { runMeasured } from './bench/run-measured.ts';
import { measureSearch, type SearchResult } from './bench/search-timing.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { filesBelow, treeDifferences } from './lib/files.ts';
import { itemAt } from './lib/lists.ts';
import type { Command } from './lib/package-bin.ts';
import { PROJECT_ROOT } from './lib/project-copy.ts';
import { NGINX, startNginx } from './nginx-server.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Math.max(2, Number(values.runs));
const oneMinuteLoad = () => itemAt(loadavg(), 0);
const log = (message: string) => console.error(`[bench] ${message}`);
const scratch: string[] = [];

/** Builds one fresh project from makeProject() and measures it; the caller removes the project. */
async function measureBuild(label: string, makeProject: () => Promise<string>, steps: (project: string) => Command[], run: number) {
  const project = await makeProject();
  scratch.push(project);
  log(`${label}: build ${run} of ${runs} (load average ${oneMinuteLoad().toFixed(1)})`);
  return { project, ...(await runMeasured(project, steps(project))) };
}

type MeasuredBuild = Awaited<ReturnType<typeof measureBuild>>;

/** The fastest of several runs of one configuration, with the highest memory peak of any. */
function bestRun(label: string, results: MeasuredBuild[]): BuildResult {
  const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { label, seconds: best.seconds, stepSeconds: best.stepSeconds, peakMB: Math.max(...results.map((r) => r.peakMB)), allSeconds: results.map((r) => r.seconds) };
}

const remove = (project: string) => rm(project, { recursive: true, force: true });

/** Page weights, search and Lighthouse for a built project, served by nginx. */
async function measureInBrowser(project: string) {
  const server = await startNginx({ root: join(project, 'dist'), project, logTransfers: true });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const browserVersion = browser.version();
    const pages: BenchResults['pages'] = [];
    const articles: BenchResults['articles'] = [];
    let search: SearchResult;
    try {
      for (const page of BENCH_PAGES) pages.push({ ...page, ...(await measurePageWeight(browser, server, page.path)) });
      for (const path of await articlePaths(project)) articles.push({ path, ...(await measurePageWeight(browser, server, path)) });
      search = await measureSearch(browser, server);
    } finally {
      await browser.close();
    }
    const lighthouse = await runLighthouse(server.url, BENCH_PAGES);
    const lighthouseControl = await runLighthouseControl();
    return { pages, articles, search, lighthouse, lighthouseControl, browserVersion };
  } finally {
    await server.close();
  }
}

/** Every article the real site built, as site paths. */
async function articlePaths(project: string) {
  const entries = await readdir(join(project, 'dist', 'articles'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => `/articles/${e.name}/`).sort();
}

const htmlBytes = async (project: string) => (await stat(join(project, 'dist', FIXED_PAGE, 'index.html'))).size;

function meta(browserVersion: string): Omit<BenchMeta, 'loadAverage'> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const dirty = git('status', '--porcelain').length > 0;
  // nginx prints its version on stderr.
  const nginxVersion = spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.versions.node,
    chromium: browserVersion,
    nginx: nginxVersion,
    runs,
  };
}

try {
  const loadBefore = oneMinuteLoad();
  const realRuns: MeasuredBuild[] = [];
  for (let run = 1; run <= runs; run += 1) realRuns.push(await measureBuild('this site', () => siteCopy(0), siteBuildSteps, run));
  const served = itemAt(realRuns, 0).project;
  const differences = await treeDifferences(join(served, 'dist'), join(itemAt(realRuns, 1).project, 'dist'));
  await Promise.all(realRuns.slice(1).map((r) => remove(r.project)));
  const real = bestRun('this site', realRuns);
  const fixedPage: [FixedPageSize, ...FixedPageSize[]] = [{ articles: 0, path: FIXED_PAGE, bytes: await htmlBytes(served) }];
  const builds = [real];
  const scaling: BenchResults['scaling'] = [];
  for (const articles of sizes) {
    const label = `${articles.toLocaleString('en')} generated articles`;
    const siteRuns: MeasuredBuild[] = [];
    const bareRuns: MeasuredBuild[] = [];
    // Alternate the two, so that both meet the same conditions on a shared machine.
    for (let run = 1; run <= runs; run += 1) {
      const site = await measureBuild(`this site + ${label}`, () => siteCopy(articles), siteBuildSteps, run);
      if (run === 1) fixedPage.push({ articles, path: FIXED_PAGE, bytes: await htmlBytes(site.project) });
      await remove(site.project);
      siteRuns.push(site);
      const bare = await measureBuild(`bare Astro + MDX + Pagefind, ${label}`, () => bareProject(articles), bareBuildSteps, run);
      await remove(bare.project);
      bareRuns.push(bare);
    }
    const site = bestRun(`this site + ${label}`, siteRuns);
    const bare = bestRun(`bare Astro + MDX + Pagefind, ${label}`, bareRuns);
    builds.push(site, bare);
    scaling.push({ articles, ratio: site.seconds / bare.seconds });
  }
  const loadAfterBuilds = oneMinuteLoad();

  log('serving the real site with nginx: page weights, search, Lighthouse');
  const { pages, articles, search, lighthouse, lighthouseControl, browserVersion } = await measureInBrowser(served);

  const files = filesBelow(join(served, 'dist')).length;
  const measured = {
    meta: { ...meta(browserVersion), loadAverage: { beforeBuilds: loadBefore, afterBuilds: loadAfterBuilds } },
    reproducible: { identical: differences.length === 0, differences, files },
    builds,
    scaling,
    fixedPage,
    pages,
    articles,
    lighthouse,
    lighthouseControl,
    search,
  };
  const results: BenchResults = { ...measured, budgets: checkBudgets({ ...measured, realBuild: real }) };
  const out = join(PROJECT_ROOT, 'bench-results');
  await mkdir(out, { recursive: true });
  const report = renderReport(results);
  await writeFile(join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(out, 'bench.md'), report);
  console.log(report);
  log(`wrote bench-results/bench.md and bench-results/bench.json`);
} finally {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
}
