// Runs the repository's nginx configuration (deploy/nginx-site.conf plus the build's
// deploy/build/csp.conf) on 127.0.0.1 for the browser tests and the benchmark: Debian's nginx, as
// the current user, with everything it writes in a temporary prefix.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspReportLogFormat, renderNginxRelease } from './lib/server-config.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      // A server listening on a host and port has an AddressInfo; only a pipe's address is a string.
      if (address === null || typeof address === 'string') return reject(new Error(`No TCP port for the probe: ${address}`));
      probe.close(() => resolve(address.port));
    });
  });
}

/** One line per response: status, bytes sent (all, and body alone, as compressed), type, URI. */
const ACCESS_LOG_FORMAT = `'$status $bytes_sent $body_bytes_sent "$sent_http_content_type" "$request_uri"'`;

interface MainConfig {
  prefix: string;
  port: number;
  release: string;
  accessLog: string | undefined;
  cspReportLog: string;
}

function mainConfig({ prefix, port, release, accessLog, cspReportLog }: MainConfig) {
  return [
    '# Written by scripts/nginx-server.ts: a local instance of deploy/nginx-site.conf.',
    ...processLines(prefix),
    'http {',
    ...(accessLog ? [`    log_format transfer ${ACCESS_LOG_FORMAT};`, `    access_log ${accessLog} transfer;`] : []),
    `    ${cspReportLogFormat()}`,
    `    access_log ${cspReportLog} csp_report if=$request_body;`,
    ...tempPaths(prefix).map((line) => `    ${line}`),
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        include ${release};`,
    '    }',
    '}',
    '',
  ].join('\n');
}

/** The main-context lines of a local instance: in the foreground, writing only into `prefix`. */
export function processLines(prefix: string) {
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} error;`,
    // Started as root (CI), workers would drop to "nobody" and could not read a dist/ inside a
    // private temporary directory; keep them the current user, as outside CI.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events { worker_connections 256; }',
  ];
}

/** http-context lines that keep nginx's temporary files in `prefix`. */
export function tempPaths(prefix: string) {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(prefix, `${name}_temp`)};`);
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with code ${child.exitCode}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGQUIT'); // graceful: finish open requests, then exit
  });
}

function requireNginx(nginx: string) {
  if (!existsSync(nginx)) throw new Error(`nginx not found at ${nginx}: install it with "apt-get install -y nginx" (or set NGINX_PATH).`);
}

export interface NginxInstance {
  /** The temporary folder nginx writes into; removed by close(). */
  prefix: string;
  /** The free ports of 127.0.0.1 the configuration was written for. */
  ports: number[];
  /** The main configuration file, for `nginx -t -c` and `nginx -s reload -c`. */
  conf: string;
  errorLog: string;
  close: () => Promise<void>;
}

/**
 * Runs nginx in the foreground with the configuration `config` writes for a new temporary prefix
 * and `portCount` free ports of 127.0.0.1, once it listens on all of them; stops it and removes
 * the prefix on close().
 */
export async function runNginx({ config, portCount = 1, nginx = NGINX }: { config: (prefix: string, ports: number[]) => string | Promise<string>; portCount?: number; nginx?: string }): Promise<NginxInstance> {
  requireNginx(nginx);
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const prefix = await mkdtemp(join(tmpdir(), 'owe-nginx-'));
    const ports: number[] = [];
    for (let i = 0; i < portCount; i += 1) ports.push(await freePort());
    const conf = join(prefix, 'nginx.conf');
    await writeFile(conf, await config(prefix, ports));
    const child = spawn(nginx, ['-e', join(prefix, 'error.log'), '-p', `${prefix}/`, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    try {
      for (const port of ports) await waitForPort(port, child, 5000);
      return {
        prefix,
        ports,
        conf,
        errorLog: join(prefix, 'error.log'),
        close: async () => {
          await stop(child);
          await rm(prefix, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await stop(child);
      const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
      await rm(prefix, { recursive: true, force: true });
      lastError = new Error(`${error instanceof Error ? error.message : error}\n${stderr}${log}`.trim());
      // Another process may have taken a port between the probe and nginx binding it.
      if (!/Address already in use/.test(lastError.message)) break;
    }
  }
  throw lastError;
}

export interface NginxOptions {
  root?: string | URL;
  project?: string;
  /** Serve this release.conf instead of `root` with the project's build (as a deploy target does). */
  release?: string;
  logTransfers?: boolean;
  nginx?: string;
}

export interface NginxServer {
  url: string;
  port: number;
  conf: string;
  errorLog: string;
  /** Set with `logTransfers`. */
  accessLog: string | undefined;
  /** The Content-Security-Policy reports browsers sent, one JSON line each (see readCspReports). */
  cspReportLog: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` (a built dist/, by default the project's) with nginx on a free port of 127.0.0.1.
 * The project directory supplies deploy/nginx-site.conf and deploy/build/csp.conf (written by
 * `npm run build`).
 * With `logTransfers`, every response is logged for readTransfers().
 */
export async function startNginx({ root, project = projectRoot, release, logTransfers = false, nginx = NGINX }: NginxOptions = {}): Promise<NginxServer> {
  requireNginx(nginx);
  const cspConf = join(project, 'deploy', 'build', 'csp.conf');
  if (release === undefined && !existsSync(cspConf)) throw new Error(`${cspConf} is missing: run \`npm run build\`, which writes it.`);
  const docRoot = root instanceof URL ? fileURLToPath(root) : (root ?? join(project, 'dist'));
  const logsIn = (prefix: string) => ({ accessLog: logTransfers ? join(prefix, 'access.log') : undefined, cspReportLog: join(prefix, 'csp-reports.log') });
  const instance = await runNginx({
    nginx,
    config: async (prefix, [port = 0]) => {
      let releaseConf = release;
      if (releaseConf === undefined) {
        releaseConf = join(prefix, 'release.conf');
        const siteConf = join(project, 'deploy', 'nginx-site.conf');
        await writeFile(releaseConf, renderNginxRelease({ root: docRoot, cspConf, siteConf, about: `${docRoot} with the project's build configuration` }));
      }
      return mainConfig({ prefix, port, release: releaseConf, ...logsIn(prefix) });
    },
  });
  const [port = 0] = instance.ports;
  return { url: `http://127.0.0.1:${port}`, port, conf: instance.conf, errorLog: instance.errorLog, close: instance.close, ...logsIn(instance.prefix) };
}

/** The Content-Security-Policy reports in a log written with cspReportLogFormat(), oldest first. */
export async function readCspReports(log: string): Promise<{ agent: string; report: unknown }[]> {
  const text = await readFile(log, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const { agent, report } = JSON.parse(line) as { agent: string; report: string };
      return { agent, report: JSON.parse(report) as unknown };
    });
}

/** One response, as nginx logged it. */
export interface Transfer {
  status: number;
  /** Headers and body, as sent (compressed). */
  bytes: number;
  bodyBytes: number;
  type: string;
  uri: string;
}

const LOG_LINE = /^(\d{3}) (\d+) (\d+) "([^"]*)" "([^"]*)"$/;

/** The responses in an access log written with `logTransfers`, oldest first; none without a log. */
export async function readTransfers(accessLog: string | undefined): Promise<Transfer[]> {
  const text = accessLog === undefined ? '' : await readFile(accessLog, 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => LOG_LINE.exec(line))
    .filter((m) => m !== null)
    .map(([, status, bytes, bodyBytes, type = '', uri = '']) => ({ status: Number(status), bytes: Number(bytes), bodyBytes: Number(bodyBytes), type: type === '-' ? '' : type, uri }));
}
