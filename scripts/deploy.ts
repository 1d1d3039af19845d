#!/usr/bin/env node
// Publishes the last completed build to a deploy target that nginx serves, in one step that either
// happens whole or not at all (docs/deploying.md). Usage: see USAGE below.
//
// Pages and their Content-Security-Policy travel together: each release names its own pages and
// CSP by absolute path (scripts/lib/releases.ts), and nginx reads those paths only when it loads
// its configuration. Until the reload, nginx keeps serving the release it loaded, whatever
// `current` points at; so the new release becomes `current`, nginx tests the configuration it
// would load, and only then reloads. If the test or the reload fails, `current` points back at
// the release nginx still serves.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { completedBuild } from './lib/build-manifest.ts';
import { type Target, createRelease, currentRelease, deployTarget, pointCurrentAt, pruneReleases, releaseDir, releaseId, releaseIds } from './lib/releases.ts';
import { NGINX } from './nginx-server.ts';

const USAGE = `Usage: npm run deploy -- <target> [--rollback] [--nginx-conf <file>] [--keep <n>]

  <target>             the site's folder on this machine, which nginx serves: each deploy adds
                       <target>/releases/<id>, and <target>/current points at the live one
  --rollback           make the release before the current one live again, instead of deploying
  --nginx-conf <file>  nginx's main configuration (default: <target>/nginx.conf)
  --keep <n>           how many releases to keep, the live one always among them (default: 5)

Run it as a user allowed to test and reload nginx (${NGINX}; set NGINX_PATH for another).`;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A refusal or failure with a message for whoever deploys; nothing live has changed. */
class DeployError extends Error {}

function nginxCommand(args: string[]) {
  const run = spawnSync(NGINX, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stderr ?? ''}${run.error ? run.error.message : ''}`.trim();
  return { ok: run.status === 0, stdout: run.stdout ?? '', output };
}

/**
 * Makes release `id` current, has nginx test the configuration it would now load, and reloads it.
 * On a failure `current` points at `live` again, the release nginx still serves.
 */
function goLive(target: Target, id: string, live: string | undefined, conf: string) {
  pointCurrentAt(target, id);
  const test = nginxCommand(['-T', '-c', conf]);
  // nginx -T lists every file it read: the configuration must reach this release's CSP.
  const cspConf = join(releaseDir(target, id), 'csp.conf');
  const problem = !test.ok
    ? `nginx -t failed for release ${id}:\n${test.output}`
    : !test.stdout.includes(`# configuration file ${cspConf}:`)
      ? `nginx's configuration ${conf} does not include ${join(target.current, 'release.conf')}: add \`include ${join(target.current, 'release.conf')};\` to the site's server block, as deploy/nginx.conf does.`
      : undefined;
  if (problem !== undefined) {
    pointCurrentAt(target, live);
    throw new DeployError(`${problem}\nNothing changed: nginx was not reloaded and still serves ${live === undefined ? 'no release' : `release ${live}`}.`);
  }
  const reload = nginxCommand(['-s', 'reload', '-c', conf]);
  if (!reload.ok) {
    if (live === undefined) throw new DeployError(`nginx did not reload:\n${reload.output}\nRelease ${id} is the first, and current: start nginx with \`${NGINX} -c ${conf}\`.`);
    pointCurrentAt(target, live);
    throw new DeployError(`nginx did not reload:\n${reload.output}\nNothing changed: current points at release ${live} again, which nginx still serves.`);
  }
}

function deploy(target: Target, conf: string, keep: number) {
  const build = completedBuild(projectRoot);
  if ('problem' in build) throw new DeployError(`${build.problem}\nNothing was deployed.`);
  const live = currentRelease(target);
  const id = releaseId(new Date(), createHash('sha256').update(build.text).digest('hex'));
  mkdirSync(target.releases, { recursive: true });
  const { files, linked } = createRelease({ target, id, project: projectRoot, manifest: build.manifest, manifestText: build.text, previous: live });
  try {
    goLive(target, id, live, conf);
  } catch (error) {
    if (currentRelease(target) !== id) rmSync(releaseDir(target, id), { recursive: true, force: true });
    throw error;
  }
  const removed = pruneReleases(target, keep, id);
  console.log(
    [
      `Release ${id} is live on ${target.dir}: ${files} files, ${files - linked} new or changed${live === undefined ? '' : `, ${linked} linked from release ${live}`}.`,
      'nginx passed its test and reloaded: the new pages and their Content-Security-Policy went live together.',
      ...(live === undefined ? [] : [`To go back to release ${live}: npm run deploy -- ${target.dir} --rollback`]),
      ...(removed.length ? [`Removed ${removed.length} old release${removed.length === 1 ? '' : 's'}, keeping ${keep}.`] : []),
    ].join('\n'),
  );
}

function rollback(target: Target, conf: string) {
  const live = currentRelease(target);
  if (live === undefined) throw new DeployError(`Nothing is deployed on ${target.dir}, so there is nothing to roll back.`);
  const earlier = releaseIds(target).filter((id) => id < live).pop();
  if (earlier === undefined) throw new DeployError(`Release ${live} is the oldest kept on ${target.dir}: there is none before it to roll back to.`);
  goLive(target, earlier, live, conf);
  console.log(`Release ${earlier} is live again on ${target.dir}, with its own Content-Security-Policy; release ${live} is kept until pruned.`);
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rollback: { type: 'boolean' }, 'nginx-conf': { type: 'string' }, keep: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) throw new DeployError(USAGE);
  const keep = Number(values.keep ?? 5);
  if (!Number.isInteger(keep) || keep < 2) throw new DeployError('--keep needs a whole number of at least 2: the live release and one to roll back to.');
  const dir = resolve(positionals[0] ?? '');
  if (!existsSync(dir)) throw new DeployError(`The target ${dir} does not exist. Create it and copy deploy/nginx.conf into it (docs/deploying.md), or check the path.`);
  const target = deployTarget(realpathSync(dir));
  const conf = resolve(values['nginx-conf'] ?? join(target.dir, 'nginx.conf'));
  if (!existsSync(conf)) throw new DeployError(`nginx's configuration ${conf} does not exist: copy deploy/nginx.conf there and adjust it, or name yours with --nginx-conf.`);
  // One deploy at a time: two would each point `current` back at what they saw.
  const lock = join(target.dir, '.deploy-lock');
  try {
    mkdirSync(lock);
  } catch {
    throw new DeployError(`Another deploy to ${target.dir} is running, or one was interrupted: if none is running, remove ${lock} and deploy again.`);
  }
  try {
    if (values.rollback) rollback(target, conf);
    else deploy(target, conf, keep);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof DeployError)) throw error;
  console.error(error.message);
  process.exit(1);
}
