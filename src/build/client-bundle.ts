import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Browser scripts that load on demand (the search dialog, the search page). They are bundled here
 * rather than by Vite so that each has a stable, content-hashed URL that the inline loader can
 * import only when a reader asks for search: reading pages fetch no script file at all.
 */
export const CLIENT_SCRIPTS = {
  'search-dialog': 'src/client/search/dialog.ts',
  'search-page': 'src/client/search/page.ts',
  'model-compare': 'src/client/models/compare.ts',
  'copy-link': 'src/client/copy-link.ts',
  'search-landing': 'src/client/search/landing.ts',
} as const;

export type ClientScript = keyof typeof CLIENT_SCRIPTS;

export interface Bundle {
  name: ClientScript;
  fileName: string;
  url: string;
  code: string;
}

const cache = new Map<ClientScript, Promise<Bundle>>();

let minifiedSearchCss: Promise<string> | undefined;

/** The search styles, minified once per build, for the dialog to add to a reading page that has none of them. */
function searchCss(): Promise<string> {
  minifiedSearchCss ??= readFile(resolve('src/styles/search.css'), 'utf8')
    .then((css) => transform(css, { loader: 'css', minify: true, target: 'chrome111' }))
    .then(({ code }) => code.trim());
  return minifiedSearchCss;
}

async function bundle(name: ClientScript): Promise<Bundle> {
  // Paths are relative to the project root, where every build and test command runs.
  const entry = resolve(CLIENT_SCRIPTS[name]);
  const result = await build({
    define: { SEARCH_CSS: JSON.stringify(await searchCss()) },
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const fileName = `${name}.${hash}.js`;
  return { name, fileName, url: `/js/${fileName}`, code };
}

export function clientBundle(name: ClientScript): Promise<Bundle> {
  let pending = cache.get(name);
  if (!pending) {
    pending = bundle(name);
    cache.set(name, pending);
  }
  return pending;
}
