// The benchmark's results as Markdown.
import { BUDGETS, kb, type BudgetRow, type Verdict } from './budgets.ts';
import type { LighthouseRun } from './lighthouse.ts';
import { CATEGORIES, type PageWeight } from './page-weight.ts';
import type { SearchResult } from './search-timing.ts';

export interface BenchMeta {
  date: string;
  commit: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  chromium: string;
  nginx: string;
  runs: number;
  loadAverage: { beforeBuilds: number; afterBuilds: number };
}

/** One configuration's build: the fastest of its runs, with the highest memory peak of any. */
export interface BuildResult {
  label: string;
  seconds: number;
  /** By step name ("astro", then Pagefind's steps). */
  stepSeconds: Record<string, number>;
  peakMB: number;
  allSeconds: number[];
}

export interface FixedPageSize {
  articles: number;
  path: string;
  bytes: number;
}

/** What `npm run bench` writes to bench-results/bench.json. */
export interface BenchResults {
  meta: BenchMeta;
  reproducible: { identical: boolean; differences: string[]; files: number };
  builds: BuildResult[];
  scaling: { articles: number; ratio: number }[];
  /** The first entry is the site without generated articles. */
  fixedPage: [FixedPageSize, ...FixedPageSize[]];
  pages: (PageWeight & { type: string; path: string })[];
  articles: (PageWeight & { path: string })[];
  lighthouse: LighthouseRun[];
  lighthouseControl: LighthouseRun | undefined;
  search: SearchResult;
  budgets: BudgetRow[];
}

type Cell = string | number | undefined;

const table = (head: string[], rows: Cell[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const VERDICTS = new Map<Verdict, string>([[true, 'holds'], [false, '**fails**'], [null, 'not measured'], ['info', 'for information']]);
const verdict = (holds: Verdict) => VERDICTS.get(holds);
const seconds = (s: number) => `${s.toFixed(1)} s`;
/** Seconds of the build steps after `astro build`. */
const afterAstro = (stepSeconds: Record<string, number>) => Object.entries(stepSeconds).reduce((sum, [step, s]) => (step === 'astro' ? sum : sum + s), 0);
const metric = (value: number | undefined, format: (value: number) => string) => (value === undefined ? '–' : format(value));

function loadNote({ loadAverage, cpus }: BenchMeta) {
  const { beforeBuilds, afterBuilds } = loadAverage;
  // Only the figure before the builds says whether other work was running: the builds themselves
  // keep every core busy (social cards render on worker threads), so the one after is always high.
  const busy = beforeBuilds > cpus;
  return `Load average (1 min) ${beforeBuilds.toFixed(1)} before the builds${busy ? `: above ${cpus}, so other work shared the machine and the timings are inflated` : ''}; ${afterBuilds.toFixed(1)} after them, which includes their own threads.`;
}

export function renderReport(results: BenchResults) {
  const { meta, budgets, pages, articles, lighthouse, lighthouseControl, builds, scaling, fixedPage, search, reproducible } = results;
  const sections = [
    `# Benchmark: Open Weights, Explained`,
    `${meta.date}, commit ${meta.commit}. ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGB} GB; Node ${meta.node}, Chromium ${meta.chromium}, ${meta.nginx}. Pages are served by nginx with deploy/nginx-site.conf; builds run in temporary copies, each configuration ${meta.runs} times (best time shown). ${loadNote(meta)}`,
    '## Budgets (DESIGN.md)',
    table(['what', 'budget', 'measured', 'verdict'], budgets.map((b) => [b.what, b.budget, b.measured, verdict(b.holds)])),
    '## First load per page type (empty cache, Chromium through nginx, gzip; bytes include response headers)',
    table(
      ['page', 'requests', ...CATEGORIES, 'total', 'of which headers', 'JS files'],
      pages.map((p) => [`${p.type} \`${p.path}\``, p.requests, ...CATEGORIES.map((c) => kb(p.bytes[c])), `**${kb(p.bytes.total)}**`, kb(p.headerBytes), p.jsFiles.length]),
    ),
    `## First load of every article, heaviest first (budget ${kb(BUDGETS.articleFirstLoadBytes)})`,
    table(
      ['article', 'requests', 'html', 'css', 'images', 'total', 'of which headers', 'JS files'],
      [...articles]
        .sort((a, b) => b.bytes.total - a.bytes.total)
        .map((a) => [`\`${a.path}\``, a.requests, kb(a.bytes.html), kb(a.bytes.css), kb(a.bytes.images), `**${kb(a.bytes.total)}**`, kb(a.headerBytes), a.jsFiles.length]),
    ),
    '## Lighthouse (mobile, simulated throttling; the median of 3 runs per page)',
    'The last row is a control: a page with one heading, one paragraph and nothing else, sent with the site\'s headers by the preview server. Simulated throttling multiplies the browser\'s own work, so what it loses is this machine\'s, Chromium\'s or the headers\', not the pages\'.',
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT', 'below 100 because'],
      [...lighthouse, ...(lighthouseControl ? [lighthouseControl] : [])].map((l) => [
        l.type,
        l.scores.performance,
        l.scores.accessibility,
        l.scores['best-practices'],
        l.scores.seo,
        metric(l.lcpMs, (v) => `${Math.round(v)} ms`),
        metric(l.cls, (v) => v.toFixed(3)),
        metric(l.tbtMs, (v) => `${Math.round(v)} ms`),
        l.runtimeError ?? (l.shortfalls.join('; ') || '–'),
      ]),
    ),
    '## Builds',
    table(
      ['build', 'time', 'astro build', 'then Pagefind (this site: with its serving config, side by side)', 'peak memory'],
      builds.map((b) => [b.label, `**${seconds(b.seconds)}**`, metric(b.stepSeconds.astro, seconds), seconds(afterAstro(b.stepSeconds)), `${Math.round(b.peakMB)} MB`]),
    ),
    table(['extra articles', 'this site ÷ bare Astro + MDX + Pagefind'], scaling.map((s) => [s.articles.toLocaleString('en'), `${s.ratio.toFixed(2)}x`])),
    `## HTML of \`${fixedPage[0].path}\` as the site grows`,
    table(['extra articles', 'bytes'], fixedPage.map((f) => [f.articles.toLocaleString('en'), f.bytes.toLocaleString('en')])),
    `## Search (typing "${search.query}" at ${search.keyDelayMs} ms per key)`,
    'Dialog: on an article, press "/" and type; bytes from that key on, until the first query has its results; then the reader types " formats". Page: open /search/ and type; bytes from navigation on, without the page\'s HTML, CSS and images. Bytes are what nginx sent, headers included.',
    table(
      ['way', 'first keystroke to first result', 'results shown', 'requests', 'bytes', 'slowest further key', 'last key to refined results (150 ms pause included)'],
      search.ways.map((w) =>
        w.measured
          ? [`${w.way} (${w.path})`, `${Math.round(w.firstResultMs)} ms`, w.results, w.requests, kb(w.bytes), w.slowestKeyMs <= 16 ? '<= 16 ms' : `${Math.round(w.slowestKeyMs)} ms`, metric(w.refinedMs, (ms) => `${Math.round(ms)} ms`)]
          : [`${w.way} (${w.path})`, `not measured: ${w.reason}`, '–', '–', '–', '–', '–'],
      ),
    ),
    '## Reproducible build',
    reproducible.identical
      ? `Two builds of the same sources in different folders gave byte-identical dist/ (${reproducible.files.toLocaleString('en')} files).`
      : `Two builds of the same sources differ:\n\n${reproducible.differences.map((d) => `- ${d}`).join('\n')}`,
  ];
  return `${sections.join('\n\n')}\n`;
}
