import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const base = inject('baseUrl');
const browser = useBrowser();

/**
 * Questions typed the way readers type them (whole sentences, British spellings, "vs", model
 * names, no capitals), each with the pages that answer it: one of them must be among the first
 * three results on /search/?q=.
 */
const QUESTIONS: [string, string[]][] = [
  ['Is Llama open source?', ['/faq/is-llama-open-source/']],
  ['what does open weights mean', ['/glossary/open-weights/', '/articles/what-are-open-weights/']],
  ['open weights vs open source', ['/articles/open-weights-vs-open-source/', '/faq/open-weights-vs-open-source-difference/']],
  ['difference between open source and open weights', ['/articles/open-weights-vs-open-source/', '/faq/open-weights-vs-open-source-difference/']],
  ['whats the safest licence for commercial use', ['/faq/safest-licenses-for-commercial-use/']],
  ['can i use llama commercially', ['/faq/can-i-use-open-weights-commercially/', '/faq/is-llama-open-source/']],
  ['llama licence', ['/faq/is-llama-open-source/', '/models/llama-4/', '/models/llama-3-3/', '/models/llama-3-1/', '/models/llama-2/']],
  ['what licence is mistral 7b under', ['/models/mistral-7b/']],
  ['how much ram do i need to run a 7b model', ['/faq/how-much-memory-does-a-model-need/', '/articles/running-models-locally/', '/models/mistral-7b/']],
  ['will a 70b model run on my laptop', ['/faq/can-i-run-an-open-model-on-my-laptop/']],
  ['does quantisation make models worse', ['/articles/quantization/', '/faq/does-quantization-hurt-quality/']],
  ['quantised model quality loss', ['/faq/does-quantization-hurt-quality/']],
  ['what is gguf', ['/glossary/gguf/']],
  ['gguf vs safetensors', ['/glossary/safetensors/', '/glossary/gguf/']],
  ['what is a model card', ['/glossary/model-card/', '/faq/what-is-a-model-card/']],
  ['lora vs full fine tuning', ['/glossary/lora/', '/articles/fine-tuning-open-weights/']],
  ['how do i fine tune a model on my own data', ['/faq/can-i-fine-tune-an-open-weight-model/', '/glossary/fine-tuning/', '/articles/fine-tuning-open-weights/']],
  ['fine-tune on my own data', ['/faq/can-i-fine-tune-an-open-weight-model/', '/glossary/fine-tuning/', '/articles/fine-tuning-open-weights/']],
  ['is mistral 7b open source', ['/models/mistral-7b/']],
  ['qwen licence', ['/models/qwen3/', '/models/qwen2-5/', '/models/qwen3-5/', '/models/qwen3-6/', '/models/qwen3-next/']],
  ['deepseek r1 commercial use', ['/models/deepseek-r1/']],
  ['gemma 4 license', ['/models/gemma-4/']],
  ['is gpt oss open source', ['/models/gpt-oss/']],
  ['phi 4 licence', ['/models/phi-4/']],
  ['mixtral', ['/models/mixtral-8x7b/']],
  ['pythia', ['/models/pythia/']],
  ['memory calculator', ['/tools/memory-calculator/']],
  ['licence checker', ['/tools/license-checker/']],
  ['what is the open source ai definition', ['/glossary/open-source-ai-definition/', '/faq/what-does-the-osaid-require/', '/articles/open-source-ai-definition/']],
  ['osaid', ['/glossary/open-source-ai-definition/']],
  ['does a local model send my data anywhere', ['/faq/does-a-self-hosted-model-send-data/']],
  ['can guardrails be removed from open models', ['/faq/can-guardrails-be-removed/']],
  ['what happens if the licence changes', ['/faq/what-if-the-license-changes/']],
  ['why dont companies release training data', ['/faq/why-keep-training-data-private/']],
  ['what is an acceptable use policy', ['/glossary/acceptable-use-policy/']],
  ['what is vram', ['/glossary/vram/']],
  ['tokeniser', ['/glossary/tokenizer/']],
  ['can i rebuild a model from scratch', ['/faq/can-i-rebuild-a-model-from-scratch/']],
  ['kv cache', ['/articles/running-models-locally/', '/tools/memory-calculator/', '/articles/quantization/']],
  ['apache 2 vs mit', ['/glossary/mit-license/', '/glossary/apache-license-2-0/', '/faq/safest-licenses-for-commercial-use/']],
  ['700 million users', ['/faq/is-llama-open-source/', '/models/llama-3-3/', '/models/llama-3-1/', '/models/llama-4/']],
  ['built with llama', ['/glossary/attribution/']],
  ['where can i download open weight models', ['/faq/where-to-download-open-weight-models/']],
  ['aup', ['/glossary/acceptable-use-policy/']],
  ['alv2', ['/glossary/apache-license-2-0/']],
  ['licence for gemma 3', ['/models/gemma-3/']],
  ['whats the difference between llama 3.1 and llama 3.3', ['/models/llama-3-3/', '/models/llama-3-1/']],
  ['is olmo fully open', ['/models/olmo-2/', '/models/olmo-3/']],
  ['how big is deepseek r1', ['/models/deepseek-r1/']],
  ['what is a community licence', ['/glossary/community-license/']],
  ['self hosting vs api cost', ['/faq/is-self-hosting-cheaper-than-an-api/']],
];

/** Runs a query on the search page and returns the result links in order (without ?highlight). */
async function results(page: Page, query: string): Promise<{ urls: string[]; status: string }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  const urls = await page.$$eval('[data-search-result] .search-title', (links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/\?.*$/, '')));
  return { urls, status: (await page.locator('#search-status').textContent()) ?? '' };
}

describe('readers’ questions find their answers', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await browser().newContext()).newPage();
  });

  for (const [query, answers] of QUESTIONS) {
    it(`"${query}"`, async () => {
      const { urls } = await results(page, query);
      expect(urls.length, 'no results').toBeGreaterThan(0);
      expect(urls.slice(0, 3).filter((u) => answers.includes(u)), `top 3: ${urls.slice(0, 3).join(', ')}`).not.toEqual([]);
    });
  }

  it.each(['aaaa', 'x', 'what is the'])('returns nothing for "%s" rather than everything', async (query) => {
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-search-result]').count()).toBe(0);
    expect((await page.locator('#search-status').textContent()) ?? '').not.toMatch(/^\d+ results?/);
  });
});
