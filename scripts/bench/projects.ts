// The projects the benchmark builds: copies of this site, with or without generated articles,
// and a bare Astro + MDX + Pagefind project that builds the same generated articles.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../generate-articles.ts';
import { PROJECT_ROOT, copyProject, linkPackages } from '../lib/project-copy.ts';
import { packageBin, type Command } from '../lib/package-bin.ts';

/** This site's `npm run build`, step by step. */
export function siteBuildSteps(project: string): Command[] {
  return [
    packageBin(project, 'astro', ['build']),
    { name: 'pagefind + server config', command: process.execPath, args: [join(project, 'scripts', 'finish-build.ts')] },
  ];
}

export function bareBuildSteps(project: string) {
  return [packageBin(project, 'astro', ['build']), packageBin(project, 'pagefind', ['--site', 'dist'])];
}

/** A copy of this site with `articles` generated articles added to content/articles. */
export async function siteCopy(articles = 0) {
  const project = await copyProject({ prefix: `owe-bench-site-${articles}-` });
  if (articles > 0) await generateArticles({ count: articles, folder: join(project, 'content', 'articles') });
  return project;
}

const BARE_FILES = {
  'package.json': JSON.stringify({ name: 'bare-astro-mdx-pagefind', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/articles' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
`,
  'src/pages/index.astro': `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Articles</title></head><body><h1>Articles</h1></body></html>
`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
};

/** A minimal Astro + MDX + Pagefind project holding the same generated articles. */
export async function bareProject(articles: number) {
  const project = await mkdtemp(join(tmpdir(), `owe-bench-bare-${articles}-`));
  for (const [file, text] of Object.entries(BARE_FILES)) {
    await mkdir(join(project, file, '..'), { recursive: true });
    await writeFile(join(project, file), text);
  }
  await linkPackages(PROJECT_ROOT, project);
  await generateArticles({ count: articles, folder: join(project, 'content', 'articles') });
  return project;
}
