import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const ROOT = process.cwd();
// Without the variables Vitest sets for its own run (NODE_ENV=test, DEV=1, MODE, SSR, …), with which
// Astro builds as in development: social cards drawn by their dev route, not the build's workers.
const VITEST_VARIABLES = /^(NODE_ENV|DEV|PROD|MODE|SSR|TEST|VITEST.*)$/;
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name))), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

/** A content file's new text: from its current text, or (for a new file) from another file's. */
type Change = ((text: string) => string) | { from: string; change?: (text: string) => string };

/**
 * Builds a copy of the site with content files changed, as `npm run build` does (`astro build`,
 * then scripts/finish-build.ts) or `astro build` alone; returns the exit status and output. Faults
 * that fail at the same step share a build, so that each build proves several rules.
 */
async function buildWith(changes: Record<string, Change>, { finish = false } = {}): Promise<{ status: number | null; output: string }> {
  // Its own node_modules/.astro and .vite: builds of broken copies must not touch the project's caches.
  const dir = await copyProject({ prefix: 'owe-broken-' });
  try {
    for (const [file, change] of Object.entries(changes)) {
      const [source, edit] = typeof change === 'function' ? [file, change] : [change.from, change.change ?? ((text: string) => text)];
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, source), 'utf8')));
    }
    const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    const astro = run(join(ROOT, 'node_modules', '.bin', 'astro'), ['build']);
    const finished = finish && astro.status === 0 ? run(process.execPath, ['scripts/finish-build.ts']) : undefined;
    const last = finished ?? astro;
    return { status: last.status, output: [astro, finished].map((r) => (r ? `${r.stdout}\n${r.stderr}` : '')).join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const frontMatter = (text: string, change: (yaml: string) => string) => text.replace(/^---\n([\s\S]*?)\n---\n/, (_m, yaml: string) => `---\n${change(yaml)}\n---\n`);
const withBody = (body: string) => (text: string) => text.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, `$1\n${body}\n`);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('bad content fails the build with a message an editor can act on', () => {
  it('a table row missing a cell names the file, the row and the cell', async () => {
    const { status, output } = await buildWith({ 'content/comparisons/release-types.yaml': (yaml) => yaml.replace(/^(\s+)open-source: .*\n/m, '') });
    expect(status).not.toBe(0);
    expect(output).toContain('release-types.yaml');
    expect(output).toMatch(/row "[^"]+" has no cell for column "open-source"/);
  });

  it('an unknown <Term slug> names the file, the line and the slug', async () => {
    const { status, output } = await buildWith({ 'content/articles/quantization.mdx': (mdx) => mdx.replace(/\n\n## /, '\n\nSee <Term slug="quantisationn">this</Term>.\n\n## ') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/quantization\.mdx:\d+: <Term slug="quantisationn"> names a glossary term that does not exist\. Did you mean "quantization"\?/);
  });

  it('a next-step link to a missing FAQ names the file, the field and the slug', async () => {
    const { status, output } = await buildWith({ 'content/articles/quantization.mdx': (mdx) => mdx.replace(/faq: \[/, 'faq: [no-such-question, ') });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/quantization.mdx: next.faq names "no-such-question", but there is no content/faq/no-such-question entry.');
  });

  it('a component used without its import names the component and the article', async () => {
    const { status, output } = await buildWith({ 'content/articles/openness-spectrum.mdx': (mdx) => mdx.replace(/^import ComparisonTable from .*\n/m, '') });
    expect(status).not.toBe(0);
    expect(output).toContain('Caught error rendering /articles/openness-spectrum/');
    expect(output).toMatch(/Expected component `ComparisonTable` to be defined: you likely forgot to import/);
  });

  it('schema problems list every field of the file with its line and what to write, once each', async () => {
    const { status, output } = await buildWith({
      'content/articles/quantization.mdx': (mdx) => frontMatter(mdx, (yaml) => yaml.replace(/^title: .*\n/m, '').replace(/^description: .*\n/m, '').replace(/(\n  - title: .*\n    url: )\S+/, '$1https://127.0.0.1/internal')),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/quantization.mdx does not match its schema (src/lib/schemas.ts):');
    expect(output).toContain('content/articles/quantization.mdx: title: Missing: write text of 10 to 70 characters.');
    expect(output).toContain('content/articles/quantization.mdx: description: Missing: write text of 50 to 170 characters.');
    expect(output).toMatch(/content\/articles\/quantization\.mdx:\d+: sources\.0\.url: 127\.0\.0\.1 is a loopback address \(this machine\): readers cannot open it/);
    expect(output).not.toMatch(/title\*\*: \*\*title|title: title:/);
  });

  it('every broken FAQ rule of a build is listed at once: duplicate slugs, dates as written, short answers, unclosed HTML', async () => {
    const { status, output } = await buildWith({
      'content/faq/Are-Open-Weights-Free.md': { from: 'content/faq/are-open-weights-free.md' },
      'content/faq/is-llama-open-source.md': withBody(`${words(130)}\n\nThe rest of the answer.`),
      'content/faq/what-is-a-model-card.md': withBody(''),
      'content/faq/does-quantization-hurt-quality.md': (md) => frontMatter(md, (yaml) => yaml.replace(/^updated: .*$/m, 'updated: 2026-02-30')),
      'content/faq/can-guardrails-be-removed.md': (md) => frontMatter(md, (yaml) => yaml.replace(/^updated: .*$/m, 'updated: 2099-01-01')),
      'content/faq/where-to-download-open-weight-models.md': (md) => `${md}\n<div class="note">\n\nA note left open.\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content problems in faq:');
    expect(output).toContain('content/faq/Are-Open-Weights-Free.md: is the same entry ("are-open-weights-free") as content/faq/are-open-weights-free.md, and only one of them would be published');
    expect(output).toMatch(/content\/faq\/is-llama-open-source\.md:\d+: the short answer \(the first paragraph\) has 130 words/);
    expect(output).toContain('content/faq/what-is-a-model-card.md: the answer is empty.');
    expect(output).toMatch(/content\/faq\/does-quantization-hurt-quality\.md:\d+: updated: 2026-02-30 is not a date: February 2026 has 28 days\./);
    expect(output).toMatch(/content\/faq\/can-guardrails-be-removed\.md:\d+: updated: 2099-01-01 is in the future/);
    expect(output).toMatch(/content\/faq\/where-to-download-open-weight-models\.md:\d+: <div> is never closed/);
  });

  it('articles of the wrong length, or sharing a place in the reading order, stop the build', async () => {
    const { status, output } = await buildWith({
      'content/articles/why-open-weights-matter.mdx': withBody(words(89)),
      'content/articles/misconceptions.mdx': (mdx) => frontMatter(mdx, (yaml) => yaml.replace(/^order: .*$/m, 'order: 1')),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/why-open-weights-matter.mdx: the article has 89 words; an article has 700 to 2,000');
    expect(output).toMatch(/content\/articles\/[a-z-]+\.mdx:\d+: order: 1 is also the order of content\/articles\/[a-z-]+\.mdx\. Give each article its own place/);
  });

  it('a glossary name two entries share names both files', async () => {
    const { status, output } = await buildWith({ 'content/glossary/gguf.md': (md) => md.replace(/^aliases: \[/m, 'aliases: [safetensors, ') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\/safetensors\.md:\d+: "Safetensors" is also a name of content\/glossary\/gguf\.md:\d+: a name links to one term only/);
  });

  it('a title the social card font cannot draw names the file, the field and the characters', async () => {
    const { status, output } = await buildWith({ 'content/glossary/gguf.md': (md) => md.replace(/^term: GGUF$/m, 'term: GGUF 通义千问 🤖') });
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary/gguf.md:2: its "term" is the title of its social card (/og/glossary/gguf.png).');
    expect(output).toContain('has no glyph for "通", "义", "千", "问", "🤖"');
  });

  it('what the built pages would run, load or link to is checked on every page, named by content file and line', async () => {
    const { status, output } = await buildWith(
      {
        'content/articles/quantization.mdx': (mdx) =>
          mdx.replace(
            '\n## ',
            '\n## Main\n\nSee [a page](/articles/no-such-page/), [a section](#nope) and [this](javascript:alert(1)).\n\n![pixel](https://evil.example/pixel.png)\n\n<script>{\'document.title="pwned"\'}</script>\n\n<img src="/favicon.svg" alt="" onError="alert(1)" />\n\n## ',
          ),
        'content/articles/running-models-locally.mdx': (mdx) => mdx.replace('## Before you start', '## Memory calculator\n\nThe tool above.\n\n## Before you start'),
        'content/faq/main.md': { from: 'content/faq/are-open-weights-free.md', change: (md) => md.replace(/^question: .*$/m, 'question: Which answer is the main one?') },
      },
      { finish: true },
    );
    expect(status).not.toBe(0);
    expect(output).toContain('problems on the built pages (the serving config is not written, so this build cannot be deployed):');
    const at = (file: string, message: string) => expect(output).toMatch(new RegExp(`${file.replace(/[./]/g, '\\$&')}:\\d+: ${message}`));
    at('content/articles/quantization.mdx', 'the id "main" is on the page twice \\(<main> and <h2>\\)');
    at('content/articles/quantization.mdx', 'the link /articles/no-such-page/ leads to no page of the site');
    at('content/articles/quantization.mdx', 'the link #nope points at #nope, which this page does not have');
    at('content/articles/quantization.mdx', '<a href="javascript:…">: the Content-Security-Policy blocks javascript: URLs');
    at('content/articles/quantization.mdx', '<img src="https://evil\\.example/pixel\\.png"> loads https://evil\\.example/pixel\\.png');
    at('content/articles/quantization.mdx', "an inline <script>: pages run only the site's own scripts");
    at('content/articles/quantization.mdx', '<img onerror=…>: the Content-Security-Policy blocks inline event handlers');
    at('content/articles/running-models-locally.mdx', 'the id "memory-calculator" is on the page twice \\(<section> and <h2>\\)');
    expect(output).toContain('content/faq/main.md: the id "main" is on the page twice (<main> and <li>)');
    expect(output).not.toMatch(/dist\/(articles|faq)\//);
  });
});
