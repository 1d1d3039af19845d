import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startNginx } from '../../scripts/nginx-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's log of Content-Security-Policy reports (readCspReports). */
    cspReportLog: string;
  }
}

/**
 * Serves the built site once for all browser tests with the production nginx configuration
 * (deploy/nginx-site.conf and the build's CSP); nginx stops when the run ends.
 */
export default async function setup(project: TestProject) {
  const dist = new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('index.html', dist))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await startNginx({ root: dist });
  project.provide('baseUrl', server.url);
  project.provide('cspReportLog', server.cspReportLog);
  return () => server.close();
}
