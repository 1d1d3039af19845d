import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { pageOfItsOwn, useBrowser, watchedPage } from '../support/browser';
import { DIST } from '../support/dist';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';
import { askSearchPage, resultLinks, withoutQuery } from '../support/search-page';
import { startStaticServer } from '../../scripts/static-server.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** Visits /search/?q= and returns the result links in order (without ?highlight). */
async function searchPage(page: Page, query: string, origin = base): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  return (await resultLinks(page)).map(withoutQuery);
}

/** Asks a search page already open (askSearchPage) and returns the result links without ?highlight. */
async function ask(page: Page, query: string, type?: string): Promise<string[]> {
  if (!page.url().startsWith(`${base}/search/`)) await page.goto(`${base}/search/`);
  return (await askSearchPage(page, query, type)).map(withoutQuery);
}

const openSearchPage = () => pageOfItsOwn(browser(), `${base}/search/`);

/** Reader questions and the page that must answer them first. */
const FIRST_RESULT: [string, string][] = [
  ['quantization', '/glossary/quantization/'],
  ['quantisation', '/glossary/quantization/'],
  ['model card', '/glossary/model-card/'],
  ['licence', '/glossary/license/'],
  ['license', '/glossary/license/'],
  ['LoRA', '/glossary/lora/'],
  ['low-rank adaptation', '/glossary/lora/'],
  ['GGUF', '/glossary/gguf/'],
  ['safetensors', '/glossary/safetensors/'],
  ['VRAM', '/glossary/vram/'],
  ['LLM', '/glossary/large-language-model/'],
  ['OSAID', '/glossary/open-source-ai-definition/'],
  ['fine-tuning', '/glossary/fine-tuning/'],
  ['finetuning', '/glossary/fine-tuning/'],
  ['vendor lock-in', '/glossary/vendor-lock-in/'],
  ['on-prem', '/glossary/on-premises/'],
  ['open weights', '/glossary/open-weights/'],
  ['Apache 2.0', '/glossary/apache-license-2-0/'],
  ['tokenizer', '/glossary/tokenizer/'],
  ['can I use it commercially', '/faq/can-i-use-open-weights-commercially/'],
  ['is llama open source', '/faq/is-llama-open-source/'],
  ['can I run a model on my laptop', '/faq/can-i-run-an-open-model-on-my-laptop/'],
  ['does quantization hurt quality', '/faq/does-quantization-hurt-quality/'],
  ['can guardrails be removed', '/faq/can-guardrails-be-removed/'],
  ['where to download open weight models', '/faq/where-to-download-open-weight-models/'],
  ['what if the license changes', '/faq/what-if-the-license-changes/'],
  ['why keep training data private', '/faq/why-keep-training-data-private/'],
];

/** Questions about one model, and the model pages of which one must be among the first three results. */
const MODEL_IN_TOP_3: [string, string[]][] = [
  ['is gemma open source', ['/models/gemma-4/', '/models/gemma-3/', '/models/gemma-3n/']],
  ['can I use mistral commercially', ['/models/mistral-small-3/', '/models/mistral-3/', '/models/mistral-7b/']],
  ['deepseek r1 license', ['/models/deepseek-r1/']],
  // Every Llama release with a 70B size answers it.
  ['how much memory for llama 70b', ['/models/llama-3-3/', '/models/llama-3-1/', '/models/llama-2/']],
];

describe('questions about one model find its page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openSearchPage();
  });
  for (const [query, expected] of MODEL_IN_TOP_3) {
    it(`"${query}" → ${expected.join(' or ')} in the top 3`, async () => {
      const top = (await ask(page, query)).slice(0, 3);
      expect(top.filter((url) => expected.includes(url)), top.join(', ')).not.toEqual([]);
    });
  }
  it('labels model pages and filters to them', async () => {
    await ask(page, 'gemma', 'Model');
    const types = await page.$$eval('[data-search-result]', (els) => els.map((e) => e.getAttribute('data-search-result')));
    expect(new Set(types)).toEqual(new Set(['Model']));
    expect(await page.locator('[data-search-result] .search-type').first().textContent()).toBe('Model');
  });
});

describe('the right page comes first', () => {
  let page: Page;
  let pages: Pool<Page>;
  beforeAll(async () => {
    page = await openSearchPage();
    pages = pool(await Promise.all(Array.from({ length: PARALLEL_PAGES }, openSearchPage)));
  });
  // Independent queries: a few pages answer them at the same time.
  for (const [query, expected] of FIRST_RESULT) {
    it.concurrent(`"${query}" → ${expected}`, () => pages.use(async (p) => expect((await ask(p, query))[0]).toBe(expected)));
  }
  it('stems English words: licensing and licensed find the license pages', async () => {
    for (const q of ['licensing', 'licensed']) expect((await ask(page, q)).slice(0, 5)).toContain('/glossary/license/');
  });
  it('offers the right term for typos', async () => {
    for (const [typo, term] of [
      ['quantizaton', 'Quantization'],
      ['open wieghts', 'Open weights'],
      ['safetensers', 'Safetensors'],
    ] as const) {
      await ask(page, typo);
      expect(await page.locator('.search-did-you-mean a').allTextContents(), typo).toContain(term);
    }
  });
  it('links a long page’s matching section straight to its heading', async () => {
    await ask(page, 'KV cache');
    const section = page.locator('.search-sections a').first();
    expect(await section.getAttribute('href')).toMatch(/^\/articles\/[a-z-]+\/\?highlight=.*#[a-z0-9-]+$/);
  });
  it('filters by type', async () => {
    await ask(page, 'quantization', 'FAQ');
    const types = await page.$$eval('[data-search-result]', (els) => els.map((e) => e.getAttribute('data-search-result')));
    expect(new Set(types)).toEqual(new Set(['FAQ']));
    expect(await page.getByRole('radio', { name: 'FAQ' }).isChecked()).toBe(true);
  });
  it('labels a tool page as a tool, and the Tools filter keeps only tools', async () => {
    expect((await ask(page, 'memory calculator'))[0]).toBe('/tools/memory-calculator/');
    expect(await page.locator('[data-search-result] .search-type').first().textContent()).toBe('Interactive tool');
    await page.getByRole('radio', { name: 'Tools' }).check();
    await page.waitForURL(/[?&]type=Tool\b/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-search-result]')].every((e) => e.getAttribute('data-search-result') === 'Tool'));
    expect(await page.$$eval('[data-search-result] .search-title', (links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/\?.*$/, '')))).toEqual(['/tools/memory-calculator/']);
  });
  it('marks the searched words on the page a result opens, and leaves a clean address to copy', async () => {
    await searchPage(page, 'tokenizer');
    await page.locator('[data-search-result] .search-title').first().click();
    await page.waitForURL(/\/glossary\/tokenizer\//);
    await page.waitForSelector('[data-pagefind-body] mark');
    expect((await page.locator('[data-pagefind-body] mark').first().textContent())?.toLowerCase()).toContain('tokenizer');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('marks whole meaningful words only: never "is" or "the", never letters inside a word', async () => {
    await searchPage(page, 'can i use llama commercially');
    await page.locator('[data-search-result] .search-title').first().click();
    await page.waitForSelector('[data-pagefind-body] mark');
    const marks = await page.locator('[data-pagefind-body] mark').evaluateAll((els) =>
      els.map((m) => ({ text: (m.textContent ?? '').toLowerCase(), before: m.previousSibling?.textContent?.slice(-1) ?? ' ', after: m.nextSibling?.textContent?.slice(0, 1) ?? ' ' })),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(['use', 'uses', 'llama', 'llamas', 'commercially'], m.text).toContain(m.text);
      expect(m.before + m.after, `"${m.text}" inside a word`).not.toMatch(/[a-z0-9]/i);
    }
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });
});

// Each test has a context of its own: a few run at the same time.
describe.concurrent('search page', () => {
  it('keeps the URL in step with the box, and back and forward restore queries', async ({ expect }) => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search articles, terms and answers' });
    await box.fill('gguf');
    await box.press('Enter');
    await page.waitForURL(/\?q=gguf$/);
    await box.fill('lora');
    await box.press('Enter');
    await page.waitForURL(/\?q=lora$/);
    await page.goBack();
    await page.waitForURL(/\?q=gguf$/);
    await expect.poll(() => box.inputValue()).toBe('gguf');
    await expect.poll(() => page.locator('[data-search-result] .search-title').first().getAttribute('href')).toMatch(/^\/glossary\/gguf\//);
    await page.goForward();
    await expect.poll(() => box.inputValue()).toBe('lora');
  });

  it('shows results as the reader types', async ({ expect }) => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/search/`);
    await page.getByRole('searchbox', { name: 'Search articles, terms and answers' }).pressSequentially('weights', { delay: 20 });
    await page.waitForSelector('[data-search-result]');
    expect(page.url()).toMatch(/\?q=weights$/);
  });

  it('shows six results, then more on request, with focus on the first new one', async ({ expect }) => {
    const page = await (await browser().newContext()).newPage();
    await searchPage(page, 'license');
    const titles = page.locator('[data-search-result] .search-title');
    expect(await titles.count()).toBe(6);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “license”, showing the first 6\.$/);
    const seventh = page.getByRole('button', { name: /^Show \d+ more results?$/ });
    await seventh.press('Enter');
    await expect.poll(() => titles.count()).toBeGreaterThan(6);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-result]') === document.querySelectorAll('[data-search-result]')[6])).toBe(true);
  });
});

describe.concurrent('search dialog', () => {
  it('fetches no search code until the reader opens search', async ({ expect }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/articles/what-are-open-weights/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/js/') || p.endsWith('terms.json'))).toEqual([]);
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Search the site' }).waitFor();
    await page.keyboard.type('gguf');
    await page.getByRole('option').first().waitFor();
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await context.close();
  });

  it('works by keyboard: Ctrl+K opens, arrows move, Enter opens, Escape closes and returns focus', async ({ expect }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/glossary/`);
    await page.getByRole('link', { name: 'GPU', exact: true }).focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await dialog.waitFor();
    const box = dialog.getByRole('combobox');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('model card');
    await expect.poll(() => dialog.getByRole('option', { selected: true }).textContent()).toContain('Model card');
    expect(await dialog.getByRole('option').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const second = dialog.getByRole('option', { selected: true });
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('GPU');
    await page.keyboard.press('/');
    await dialog.waitFor();
    await page.keyboard.type('model card');
    await expect.poll(() => dialog.getByRole('option', { selected: true }).textContent()).toContain('Model card');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/model-card\//);
    await context.close();
  });

  it('keeps every key typed straight after "/", and Enter opens the result for the whole query', async ({ expect }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    // No wait for the dialog: its code is still loading while the first keys arrive, and Enter
    // comes sooner than the pause after which results follow the box.
    await page.keyboard.press('/');
    await page.keyboard.type('model card', { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/model-card\//);
    // The landing page cleans its address; go back once it has.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.goBack();
    await page.keyboard.press('/');
    const box = page.getByRole('dialog', { name: 'Search the site' }).getByRole('combobox');
    await box.waitFor();
    await box.fill('');
    await page.keyboard.type('quantisation', { delay: 20 });
    expect(await box.inputValue()).toBe('quantisation');
    await context.close();
  });

  it('opens from the header control when the reader types into it', async ({ expect }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).pressSequentially('vram');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('combobox').inputValue()).toBe('vram');
    await context.close();
  });
});

describe.concurrent('bad input', () => {
  const inputs = [
    '',
    '    ',
    'x'.repeat(5000),
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"quoted" \'single\'',
    '.*+?^${}()|[]\\',
    '🤖 open weights 🚀',
    'מודל פתוח',
    '开放权重模型',
  ];
  for (const input of inputs) {
    it(`survives ${JSON.stringify(input.length > 40 ? `${input.slice(0, 20)}… (${input.length} chars)` : input)}`, async () => {
      const context = await browser().newContext();
      const { page, errors, foreignRequests } = await watchedPage(context, base);
      await page.goto(`${base}/search/?q=${encodeURIComponent(input)}`);
      // A query is answered when the status says so; with nothing to search for, once the engine has loaded.
      if (input.trim()) await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
      else await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#search-results script, #search-results img, #search-status *').count()).toBe(0);
      const status = (await page.locator('#search-status').textContent()) ?? '';
      if (input.trim()) {
        expect(status).toMatch(/result/);
        if (status.startsWith('No results')) {
          expect(status).toContain(input.trim().replace(/\s+/g, ' ').slice(0, 40));
          await page.getByRole('link', { name: 'the glossary, A to Z' }).waitFor();
          await page.getByRole('link', { name: 'all questions and answers' }).waitFor();
        }
      } else {
        expect(status).toBe('');
      }
      // A query longer than the boxes accept (a pasted address) is searched cut, and says so.
      if (input.length > 200) expect(status).toContain('The search was cut to its first 200 characters.');
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('caps every search box at 200 characters', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    expect(await page.locator('#search-page-input').getAttribute('maxlength')).toBe('200');
    // The search page has one box: the header's is not there to take keys meant for it.
    expect(await page.locator('#header-search').count()).toBe(0);
    await page.goto(`${base}/glossary/`);
    expect(await page.locator('#header-search').getAttribute('maxlength')).toBe('200');
    await context.close();
  });
});

describe('the index follows the content', () => {
  // Pagefind re-indexes the whole copy: on a busy two-core machine that alone can take 20 s.
  it('a page removed before indexing is no longer found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'owe-index-'));
    try {
      cpSync(DIST, dir, { recursive: true });
      rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
      // What removing content/glossary/safetensors.md does to the built site: the page and its
      // entry in the search's term list are gone; then the index is rebuilt.
      rmSync(join(dir, 'glossary', 'safetensors'), { recursive: true });
      const termsFile = join(dir, 'search', 'terms.json');
      const names = JSON.parse(readFileSync(termsFile, 'utf8')) as { glossary: string[][]; models: string[][] };
      writeFileSync(termsFile, JSON.stringify({ ...names, glossary: names.glossary.filter(([slug]) => slug !== 'safetensors') }));
      execFileSync(join(process.cwd(), 'node_modules', '.bin', 'pagefind'), ['--site', dir], { stdio: 'ignore' });
      const server = await startStaticServer({ root: new URL(`file://${dir}/`), port: 0 });
      try {
        const context = await browser().newContext();
        const page = await context.newPage();
        expect((await searchPage(page, 'safetensors', server.url)).filter((u) => u === '/glossary/safetensors/')).toEqual([]);
        expect((await searchPage(page, 'safetensors'))[0]).toBe('/glossary/safetensors/');
        await context.close();
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
