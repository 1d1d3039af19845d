import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site once for all browser tests; it stops when the run ends. */
export default async function setup(project: TestProject) {
  const dist = new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('index.html', dist))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await startStaticServer({ root: dist, port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
