// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { bundledThemes } from 'shiki';
import { SITE_URL } from './src/build/site-url.ts';
import { readGlossaryTerms } from './src/build/glossary-files.ts';
import { readModelNames } from './src/build/model-files.ts';
import { pageDates } from './src/build/content-dates.ts';
import { lightDarkTheme, markdownPlugins, untimedTokenizer } from './src/build/markdown/index.ts';
import { socialCards } from './src/social-cards/index.ts';

const glossaryDir = fileURLToPath(new URL('./content/glossary/', import.meta.url));
const modelsDir = fileURLToPath(new URL('./content/models/', import.meta.url));
const lastModified = pageDates(fileURLToPath(new URL('.', import.meta.url)));
const [githubLight, githubDark] = await Promise.all([bundledThemes['github-light-default'](), bundledThemes['github-dark-default']()]);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Render four pages at a time: while one waits for a file write, a module load or a social card
    // worker, another renders. With 1,000 extra articles this took about 2 s off a 17-19 s build
    // (a bare Astro + MDX project gains about 1 s from the same setting).
    concurrency: 4,
  },
  integrations: [
    // Static optimisation: each run of plain HTML in an article (most of it, glossary links and
    // heading anchors included) compiles to one string instead of an element call per tag, which
    // the glossary linker's links need and which renders an article several times faster.
    mdx({ optimize: true }),
    socialCards(),
    sitemap({
      filter: (page) => !page.includes('/404'),
      serialize(item) {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
  ],
  markdown: {
    // Satteri (Astro 7's native processor): glossary links, heading anchors and tables are added
    // to its tree as each file compiles, without a second Markdown pipeline (src/build/markdown).
    processor: satteri({ hastPlugins: markdownPlugins(readGlossaryTerms(glossaryDir), readModelNames(modelsDir)) }),
    shikiConfig: {
      // GitHub's light and dark themes as one theme of light-dark() colours: code is tokenised once.
      theme: lightDarkTheme('github-light-dark', githubLight.default, githubDark.default),
      wrap: false,
      // The same tokens however busy the machine is: builds stay byte-identical.
      transformers: [untimedTokenizer],
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline a bundled script into the HTML: the interactive tools keep their code in
      // files that load only when the reader reaches or uses them, so article pages carry no
      // JavaScript bytes. Stylesheets under 8 KB (a component's, such as the comparison table's)
      // go inline: on a first visit a request costs more than the bytes, about 1 KB of headers
      // against 1 KB of gzip CSS. The site-wide stylesheet stays a cached file. Other assets keep
      // Vite's default 4 KB limit.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? false : file.endsWith('.css') ? content.length < 8 * 1024 : undefined),
    },
  },
});
