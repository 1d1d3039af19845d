// deploy/nginx.conf itself, on 127.0.0.1: the production configuration with only what belongs to
// the production machine (ports, logs, certificate, target folder) swapped for this test's, and a
// self-signed certificate for the site's host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { ERROR_PAGES } from '../../deploy/policy.ts';
import { renderNginxRelease } from '../../scripts/lib/server-config.ts';
import { type NginxInstance, processLines, runNginx, tempPaths } from '../../scripts/nginx-server.ts';
import { SITE_URL } from '../../src/build/site-url.ts';
import { DIST } from '../support/dist';
import type { RawResponse } from '../support/http';

const ROOT = process.cwd();
const HOST = new URL(SITE_URL).host;
const PRODUCTION_TARGET = '/srv/open-weights-explained';

/**
 * deploy/nginx.conf with the machine's values swapped. Every swap must find its text: a reshaped
 * file fails here instead of going untested.
 */
function onThisMachine(prefix: string, [http, https]: number[], target: string, certificate: { cert: string; key: string }) {
  const swaps: [RegExp, string][] = [
    [/^user [\s\S]*?^events \{[^}]*\}\n/m, `${processLines(prefix).join('\n')}\n`],
    [/^http \{\n/m, `http {\n${tempPaths(prefix).map((line) => `    ${line}\n`).join('')}`],
    [/\/var\/log\/nginx\//g, `${prefix}/`],
    [/^\s*listen \[::\]:\d+[^;]*;\n/gm, ''],
    [/listen 80\b/g, `listen 127.0.0.1:${http}`],
    [/listen 443\b/g, `listen 127.0.0.1:${https}`],
    [/ssl_certificate \S+;/, `ssl_certificate ${certificate.cert};`],
    [/ssl_certificate_key \S+;/, `ssl_certificate_key ${certificate.key};`],
    [new RegExp(PRODUCTION_TARGET, 'g'), target],
  ];
  return swaps.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has ${pattern}: update this test's swaps`);
    pattern.lastIndex = 0;
    return text.replace(pattern, replacement);
  }, readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8'));
}

let dir = '';
let nginx: NginxInstance;
let ca = '';
let httpPort = 0;
let httpsPort = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'owe-production-'));
  const certificate = { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', certificate.key, '-out', certificate.cert], { stdio: 'ignore' });
  ca = readFileSync(certificate.cert, 'utf8');
  // The release the deploy would make live: this project's build.
  mkdirSync(join(dir, 'current'));
  const project = (...parts: string[]) => join(ROOT, ...parts);
  writeFileSync(join(dir, 'current', 'release.conf'), renderNginxRelease({ root: DIST, cspConf: project('deploy', 'build', 'csp.conf'), siteConf: project('deploy', 'nginx-site.conf'), about: 'this build' }));
  nginx = await runNginx({ portCount: 2, config: (prefix, ports) => onThisMachine(prefix, ports, dir, certificate) });
  [httpPort = 0, httpsPort = 0] = nginx.ports;
});

afterAll(async () => {
  await nginx?.close();
  rmSync(dir, { recursive: true, force: true });
});

function collect(req: ReturnType<typeof httpRequest>) {
  return new Promise<RawResponse>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const overHttp = (path: string, host: string) => collect(httpRequest({ host: '127.0.0.1', port: httpPort, path, headers: { Host: host }, agent: false }));
const overHttps = (path: string, host: string, servername = HOST) => collect(httpsRequest({ host: '127.0.0.1', port: httpsPort, path, servername, ca, headers: { Host: host }, agent: false }));

/** What the server sends back to these raw bytes before it closes the connection. */
const rawExchange = (bytes: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = netConnect(httpPort, '127.0.0.1', () => socket.end(bytes));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });

/** The protocol TLS agreed on, or the error that refused the handshake. */
const handshake = (servername: string | undefined) =>
  new Promise<string>((resolve) => {
    const socket = tlsConnect({ host: '127.0.0.1', port: httpsPort, ca, ALPNProtocols: ['h2', 'http/1.1'], ...(servername ? { servername } : {}) }, () => {
      resolve(socket.alpnProtocol || 'none');
      socket.end();
    });
    socket.on('error', (error) => resolve(`refused: ${error.message}`));
  });

describe('the production nginx configuration', () => {
  it('sends plain HTTP for the site to HTTPS on the site’s own name, path and query kept', async () => {
    const res = await overHttp('/faq?from=mail', HOST);
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(`https://${HOST}/faq?from=mail`);
  });

  it('answers no other Host, and no request without one: the connection closes without a response', async () => {
    await expect(overHttp('/', 'evil.example')).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(await rawExchange('GET / HTTP/1.0\r\n\r\n')).toBe('');
    await expect(overHttps('/', 'evil.example')).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('refuses TLS for a name it has no certificate for, or for none', async () => {
    expect(await handshake('evil.example')).toMatch(/^refused: .*(unrecognized name|alert)/i);
    expect(await handshake(undefined)).toMatch(/^refused: /);
  });

  it('serves the site over HTTPS, by HTTP/2 to clients that offer it, with the page headers', async () => {
    expect(await handshake(HOST)).toBe('h2');
    const res = await overHttps('/', HOST);
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('answers an address too long over HTTPS with the site’s 414 page and headers', async () => {
    const res = await overHttps(`/search/?q=${'a'.repeat(10_000)}`, HOST);
    expect(res.status).toBe(414);
    expect(res.body.toString('utf8')).toContain(`<h1>${ERROR_PAGES.find((p) => p.status === 414)?.title}</h1>`);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'self'/);
  });
});
