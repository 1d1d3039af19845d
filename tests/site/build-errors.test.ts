import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const ROOT = process.cwd();

/** Builds a copy of the site with one content file changed; returns the exit status and output. */
async function buildWith(file: string, change: (text: string) => string): Promise<{ status: number | null; output: string }> {
  // Its own node_modules/.astro and .vite: builds of broken copies must not touch the project's caches.
  const dir = await copyProject({ prefix: 'owe-broken-' });
  try {
    const target = join(dir, file);
    writeFileSync(target, change(readFileSync(target, 'utf8')));
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 120_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bad content fails the build with a message an editor can act on', () => {
  it('a table row missing a cell names the file, the row and the cell', async () => {
    const { status, output } = await buildWith('content/comparisons/release-types.yaml', (yaml) => yaml.replace(/^(\s+)open-source: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('release-types.yaml');
    expect(output).toMatch(/row "[^"]+" has no cell for column "open-source"/);
  });

  it('an unknown <Term slug> names the file, the line and the slug', async () => {
    const { status, output } = await buildWith('content/articles/quantization.mdx', (mdx) => mdx.replace(/\n\n## /, '\n\nSee <Term slug="quantisationn">this</Term>.\n\n## '));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/quantization\.mdx:\d+: <Term slug="quantisationn"> names a glossary term that does not exist\. Did you mean "quantization"\?/);
  });

  it('a next-step link to a missing FAQ names the file, the field and the slug', async () => {
    const { status, output } = await buildWith('content/articles/quantization.mdx', (mdx) => mdx.replace(/faq: \[/, 'faq: [no-such-question, '));
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/quantization.mdx: next.faq names "no-such-question", but there is no content/faq/no-such-question entry.');
  });

  it('a component used without its import names the component and the article', async () => {
    const { status, output } = await buildWith('content/articles/openness-spectrum.mdx', (mdx) => mdx.replace(/^import ComparisonTable from .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('Caught error rendering /articles/openness-spectrum/');
    expect(output).toMatch(/Expected component `ComparisonTable` to be defined: you likely forgot to import/);
  });
});
