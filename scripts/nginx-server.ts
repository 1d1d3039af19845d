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
  root: string;
  siteConf: string;
  cspConf: string;
  accessLog: string | undefined;
}

function mainConfig({ prefix, port, root, siteConf, cspConf, accessLog }: MainConfig) {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, `${name}_temp`)};`;
  return [
    '# Written by scripts/nginx-server.ts: a local instance of deploy/nginx-site.conf.',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} error;`,
    // Started as root (CI), workers would drop to "nobody" and could not read a dist/ inside a
    // private temporary directory; keep them the current user, as outside CI.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events { worker_connections 256; }',
    'http {',
    ...(accessLog ? [`    log_format transfer ${ACCESS_LOG_FORMAT};`, `    access_log ${accessLog} transfer;`] : ['    access_log off;']),
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${temp(name)}`),
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        root ${root};`,
    `        include ${cspConf};`,
    `        include ${siteConf};`,
    '    }',
    '}',
    '',
  ].join('\n');
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

export interface NginxOptions {
  root?: string | URL;
  project?: string;
  logTransfers?: boolean;
  nginx?: string;
}

export interface NginxServer {
  url: string;
  port: number;
  errorLog: string;
  /** Set with `logTransfers`. */
  accessLog: string | undefined;
  close: () => Promise<void>;
}

/**
 * Serves `root` (a built dist/, by default the project's) with nginx on a free port of 127.0.0.1.
 * The project directory supplies deploy/nginx-site.conf and deploy/build/csp.conf (written by
 * `npm run build`).
 * With `logTransfers`, every response is logged for readTransfers().
 */
export async function startNginx({ root, project = projectRoot, logTransfers = false, nginx = NGINX }: NginxOptions = {}): Promise<NginxServer> {
  if (!existsSync(nginx)) throw new Error(`nginx not found at ${nginx}: install it with "apt-get install -y nginx" (or set NGINX_PATH).`);
  const siteConf = join(project, 'deploy', 'nginx-site.conf');
  const cspConf = join(project, 'deploy', 'build', 'csp.conf');
  if (!existsSync(cspConf)) throw new Error(`${cspConf} is missing: run \`npm run build\`, which writes it.`);
  const docRoot = root instanceof URL ? fileURLToPath(root) : (root ?? join(project, 'dist'));

  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const prefix = await mkdtemp(join(tmpdir(), 'owe-nginx-'));
    const port = await freePort();
    const conf = join(prefix, 'nginx.conf');
    const accessLog = logTransfers ? join(prefix, 'access.log') : undefined;
    await writeFile(conf, mainConfig({ prefix, port, root: docRoot, siteConf, cspConf, accessLog }));
    const child = spawn(nginx, ['-e', join(prefix, 'error.log'), '-p', `${prefix}/`, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    try {
      await waitForPort(port, child, 5000);
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        errorLog: join(prefix, 'error.log'),
        accessLog,
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
      // Another process may have taken the port between the probe and nginx binding it.
      if (!/Address already in use/.test(lastError.message)) break;
    }
  }
  throw lastError;
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
