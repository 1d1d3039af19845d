// `npm run deploy` end to end, against a local nginx: a release goes live with the CSP for its own
// pages, and a failed build, a changed dist/, a configuration nginx rejects and a second deploy
// at the same time are refused with production left as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP_REPORT_PATH } from '../../deploy/policy.ts';
import { writeBuildManifest } from '../../scripts/lib/build-manifest.ts';
import { filesBelow } from '../../scripts/lib/files.ts';
import { cspHash, inlineScripts } from '../../scripts/lib/inline-scripts.ts';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { type NginxServer, processLines, startNginx, tempPaths } from '../../scripts/nginx-server.ts';
import { htmlPages, readPage } from '../support/dist';
import { parseCsp, rawGet } from '../support/http';

const ROOT = process.cwd();
const PAGE = '/articles/quantization/';
const IMAGE = '/favicon.svg';
const scratch: string[] = [];
const temporary = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

/** A project holding what a deploy reads: the scripts, deploy/ with the build's part, and dist/. */
function builtProject(): string {
  const dir = temporary('owe-deploy-project-');
  for (const part of ['scripts', 'deploy', 'dist']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const run = (command: string, args: string[], cwd: string) =>
  new Promise<Run>((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

let target = '';
let server: NginxServer | undefined;
const deploy = (project: string, ...args: string[]) => run(process.execPath, [join(project, 'scripts', 'deploy.ts'), target, ...(server ? ['--nginx-conf', server.conf] : []), ...args], project);
const current = () => readlinkSync(join(target, 'current'));
const releases = () => readdirSync(join(target, 'releases')).sort();

/** A page as served, with the CSP's script hashes and the hashes of the page's own inline scripts. */
async function served(path: string) {
  if (!server) throw new Error('nginx is not running');
  const res = await rawGet(`${server.url}${path}`, { Connection: 'close' });
  const csp = parseCsp(res.headers['content-security-policy'] ?? '');
  const allowed = (csp.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-")).map((s) => s.slice(1, -1));
  const body = res.body.toString('utf8');
  return { res, body, csp, allowed, scripts: inlineScripts(body).map(cspHash) };
}

/**
 * The first response for `path` that `holds` accepts. Right after a reload, nginx's old workers
 * may still answer a new connection or two with the release they loaded, so a test waits for the
 * new one rather than taking the next response.
 */
async function servedOnce(path: string, holds: (page: Awaited<ReturnType<typeof served>>) => boolean) {
  let page = await served(path);
  const deadline = Date.now() + 10_000;
  while (!holds(page) && Date.now() < deadline) page = await served(path);
  return page;
}

/** The pages of `project` with their first inline script changed, built again (Pagefind, CSP, manifest). */
async function rebuiltWithChangedScript(project: string) {
  for (const file of filesBelow(join(project, 'dist')).filter((f) => f.endsWith('.html'))) {
    const path = join(project, 'dist', file);
    const html = readFileSync(path, 'utf8');
    const [first] = inlineScripts(html);
    if (first !== undefined) writeFileSync(path, html.replace(first, `${first};`));
  }
  const finish = await run(process.execPath, [join(project, 'scripts', 'finish-build.ts')], project);
  expect(finish.status, finish.stderr).toBe(0);
  return project;
}

let releaseA = '';
let releaseB = '';
let pageA: Awaited<ReturnType<typeof served>>;

beforeAll(() => {
  target = temporary('owe-deploy-target-');
  // Until the first release exists nginx cannot start; this configuration is what it will load.
  writeFileSync(join(target, 'nginx.conf'), [...processLines(target), 'http {', ...tempPaths(target), `server { listen 127.0.0.1:9; include ${join(target, 'current', 'release.conf')}; }`, '}', ''].join('\n'));
});

afterAll(async () => {
  await server?.close();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run deploy', () => {
  it('puts the first release in place, and says how to start nginx when it is not running', async () => {
    const first = await deploy(ROOT);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/nginx did not reload:[\s\S]*is the first, and current: start nginx with `\S+ -c \S+nginx\.conf`/);
    releaseA = releases()[0] ?? '';
    expect(current()).toBe(`releases/${releaseA}`);
    server = await startNginx({ release: join(target, 'current', 'release.conf') });
  });

  it('serves the release’s pages with the CSP for exactly their inline scripts, reports going to the site', async () => {
    pageA = await served(PAGE);
    expect(pageA.res.status).toBe(200);
    expect(pageA.body).toBe(readFileSync(join(ROOT, 'dist', PAGE, 'index.html'), 'utf8'));
    expect(pageA.scripts.length).toBeGreaterThan(0);
    const buildScripts = new Set(htmlPages().flatMap(({ file }) => inlineScripts(readPage(file)).map(cspHash)));
    expect(new Set(pageA.allowed)).toEqual(buildScripts);
    for (const hash of pageA.scripts) expect(pageA.allowed).toContain(hash);
    expect(pageA.csp.get('report-uri')).toEqual([CSP_REPORT_PATH]);
  });

  it('switches a second build’s pages and CSP together: no response pairs a page with the other release’s CSP', async () => {
    const project = await rebuiltWithChangedScript(builtProject());
    // As if release A had gone live an hour ago: nginx's ETag is the file's size and modification time.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(target, 'releases', releaseA, 'site', IMAGE), anHourAgo, anHourAgo);
    const imageBefore = await rawGet(`${server?.url}${IMAGE}`, { Connection: 'close' });
    const seen: string[] = [];
    const mismatches: string[] = [];
    let deploying = true;
    const sample = async () => {
      while (deploying) {
        const page = await served(PAGE);
        const missing = page.scripts.filter((hash) => !page.allowed.includes(hash));
        if (missing.length) mismatches.push(`a page whose inline script ${missing[0]} its CSP does not allow`);
        seen.push(page.scripts.every((hash) => pageA.scripts.includes(hash)) ? 'A' : 'B');
      }
    };
    const sampling = sample();
    const second = await deploy(project);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/nginx passed its test and reloaded: the new pages and their Content-Security-Policy went live together/);
    await expect.poll(() => seen.at(-1), { timeout: 10_000 }).toBe('B');
    deploying = false;
    await sampling;
    expect(mismatches).toEqual([]);
    expect(seen[0]).toBe('A');
    releaseB = (/Release (\S+) is live/.exec(second.stdout) ?? [])[1] ?? '';
    expect(current()).toBe(`releases/${releaseB}`);

    const builtB = readFileSync(join(project, 'dist', PAGE, 'index.html'), 'utf8');
    const pageB = await servedOnce(PAGE, (page) => page.body === builtB);
    expect(pageB.body).toBe(builtB);
    expect(pageB.allowed.filter((hash) => !pageA.allowed.includes(hash))).toHaveLength(1);
    // A file the build did not change is the same file: same ETag, so browsers keep their copy.
    const imageAfter = await rawGet(`${server?.url}${IMAGE}`, { Connection: 'close' });
    expect(imageAfter.headers['etag']).toBe(imageBefore.headers['etag']);
    expect(pageB.res.headers['etag']).not.toBe(pageA.res.headers['etag']);
  });

  it('refuses to deploy after a failed build, saying why, and production stays as it was', { timeout: 120_000 }, async () => {
    const project = await copyProject({ prefix: 'owe-deploy-failed-' });
    scratch.push(project);
    // As if an earlier build had completed here; then a build that fails on bad content.
    cpSync(join(ROOT, 'deploy', 'build'), join(project, 'deploy', 'build'), { recursive: true });
    const table = join(project, 'content', 'comparisons', 'release-types.yaml');
    writeFileSync(table, `{ not: yaml\n${readFileSync(table, 'utf8')}`);
    const build = await run('npm', ['run', 'build', '--silent'], project);
    expect(build.status).not.toBe(0);

    const refused = await deploy(project);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('No completed build: deploy/build/manifest.json is missing, so the last `npm run build` failed or did not finish.');
    expect(refused.stderr).toContain('Nothing was deployed.');
    expect(current()).toBe(`releases/${releaseB}`);
    expect(releases()).toEqual([releaseA, releaseB]);
  });

  it('refuses a dist/ that changed after its build, naming the files', async () => {
    const project = builtProject();
    rmSync(join(project, 'dist', 'index.html'));
    writeFileSync(join(project, 'dist', 'faq', 'index.html'), 'edited by hand');
    writeFileSync(join(project, 'dist', 'stray.txt'), 'left over');
    const refused = await deploy(project);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('dist/ and the serving files are not what the last completed build wrote: 1 missing (dist/index.html); 1 changed (dist/faq/index.html); 1 not in the build (dist/stray.txt).');
    expect(current()).toBe(`releases/${releaseB}`);
    expect(releases()).toEqual([releaseA, releaseB]);
  });

  it('does not switch to a configuration nginx rejects: the live release stays, with what nginx said', async () => {
    const before = await served(PAGE);
    const project = builtProject();
    const siteConf = join(project, 'deploy', 'nginx-site.conf');
    writeFileSync(siteConf, `${readFileSync(siteConf, 'utf8')}\nno_such_directive on;\n`);
    writeBuildManifest(project);
    const refused = await deploy(project);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/nginx -t failed for release \S+:[\s\S]*unknown directive "no_such_directive"/);
    expect(refused.stderr).toContain(`Nothing changed: nginx was not reloaded and still serves release ${releaseB}.`);
    expect(current()).toBe(`releases/${releaseB}`);
    expect(releases()).toEqual([releaseA, releaseB]);
    const after = await served(PAGE);
    expect(after.body).toBe(before.body);
    expect(after.allowed).toEqual(before.allowed);
  });

  it('refuses to run beside another deploy', async () => {
    mkdirSync(join(target, '.deploy-lock'));
    try {
      const refused = await deploy(ROOT);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`Another deploy to ${target} is running, or one was interrupted: if none is running, remove ${join(target, '.deploy-lock')} and deploy again.`);
      expect(releases()).toEqual([releaseA, releaseB]);
    } finally {
      rmSync(join(target, '.deploy-lock'), { recursive: true });
    }
  });

  it('rolls back to the release before, with that release’s own CSP', async () => {
    const back = await deploy(ROOT, '--rollback');
    expect(back.status, back.stderr).toBe(0);
    expect(current()).toBe(`releases/${releaseA}`);
    const page = await servedOnce(PAGE, ({ body }) => body === pageA.body);
    expect(page.body).toBe(pageA.body);
    expect(page.allowed).toEqual(pageA.allowed);
  });

  it('keeps as many releases as asked, the live one among them', async () => {
    for (let i = 0; i < 2; i += 1) expect((await deploy(ROOT, '--keep', '2')).status).toBe(0);
    const kept = releases();
    expect(kept).toHaveLength(2);
    expect(kept).toContain(current().slice('releases/'.length));
    expect(existsSync(join(target, 'releases', releaseA))).toBe(false);
  });
});
