import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDigest } from '../../scripts/lib/build-manifest.ts';
import { cspHash } from '../../scripts/lib/inline-scripts.ts';

const ROOT = process.cwd();
const PAGE = '<!doctype html><html lang="en"><head><title>T</title><script data-inline="page-init">document.documentElement.dataset.js = "1"</script></head><body><main data-pagefind-body><h1>Quantization</h1><p>Fewer bits per weight.</p></main></body></html>';
const projects: string[] = [];

/** A project holding the build scripts and a one-page dist/, with the real packages or a Pagefind that fails. */
function project(pagefind: 'real' | 'failing', page = PAGE): string {
  const dir = mkdtempSync(join(tmpdir(), 'owe-finish-'));
  projects.push(dir);
  for (const part of ['scripts', 'deploy']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, filter: (src) => !src.includes(join('deploy', 'build')) });
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'dist', 'index.html'), page);
  if (pagefind === 'real') symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  else {
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', '.bin', 'pagefind'), '#!/usr/bin/env node\nprocess.exit(3);\n');
    chmodSync(join(dir, 'node_modules', '.bin', 'pagefind'), 0o755);
  }
  return dir;
}

const finish = (dir: string) => spawnSync(process.execPath, [join(dir, 'scripts', 'finish-build.ts')], { encoding: 'utf8', timeout: 60_000 });

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build step after astro build', () => {
  it('writes the search index, then a CSP that allows the pages’ inline script by its hash', () => {
    const dir = project('real');
    const run = finish(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    const headers = readFileSync(join(dir, 'dist', '_headers'), 'utf8');
    expect(headers).toContain(`'${cspHash('document.documentElement.dataset.js = "1"')}'`);
    // Pagefind's files already exist when the cache rules are written.
    expect(headers).toMatch(/^\/pagefind\/pagefind\.[^\n]+\n {2}Cache-Control: /m);
    expect(readFileSync(join(dir, 'deploy', 'build', 'csp.conf'), 'utf8')).toContain(`'${cspHash('document.documentElement.dataset.js = "1"')}'`);
  });

  it('ends with the manifest of the completed build that `npm run deploy` requires', () => {
    const dir = project('real');
    expect(finish(dir).status).toBe(0);
    const { files } = JSON.parse(readFileSync(join(dir, 'deploy', 'build', 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    for (const file of ['dist/index.html', 'dist/_headers', 'dist/pagefind/pagefind.js', 'deploy/build/csp.conf', 'deploy/nginx-site.conf']) expect(files[file], file).toBe(fileDigest(join(dir, file)));
  });

  it('stops on a page that breaks a rule, naming it, and writes no serving config', () => {
    const dir = project('real', PAGE.replace('<p>Fewer', '<script>alert(1)</script><p id="main">Fewer').replace('<main ', '<main id="main" '));
    const run = finish(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('2 problems on the built pages (the serving config is not written, so this build cannot be deployed):');
    expect(run.stderr).toContain('/: an inline <script>: pages run only the site\'s own scripts');
    expect(run.stderr).toContain('/: the id "main" is on the page twice (<main> and <p>)');
    expect(existsSync(join(dir, 'dist', '_headers'))).toBe(false);
    expect(existsSync(join(dir, 'deploy', 'build', 'csp.conf'))).toBe(false);
  });

  it('stops with the reason, and writes no serving config, when Pagefind fails', () => {
    const dir = project('failing');
    const run = finish(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Pagefind stopped (exit code 3): the search index is incomplete.');
    expect(existsSync(join(dir, 'dist', '_headers'))).toBe(false);
    expect(existsSync(join(dir, 'deploy', 'build', 'csp.conf'))).toBe(false);
    expect(existsSync(join(dir, 'deploy', 'build', 'manifest.json'))).toBe(false);
  });
});
