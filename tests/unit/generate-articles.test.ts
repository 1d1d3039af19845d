import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { countWords } from '@/lib/reading-time';
import { articleSchema } from '@/lib/schemas';
import { generateArticles, generatedArticle } from '../../scripts/generate-articles.ts';

/** The benchmark's generated articles must stay valid content as the schema evolves. */
describe('generated benchmark articles', () => {
  const samples = [1, 2, 7, 100, 999, 1000].map((index) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(generatedArticle(index)) ?? [];
    return { index, data: parse(front) as unknown, body };
  });

  it.each(samples.map((s) => [s.index, s]))('article %i passes the articles schema', (_index, sample) => {
    const result = articleSchema.safeParse(sample.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(samples.map((s) => [s.index, s]))('article %i is about 800 words with headings, a list, a table and a code block', (_index, { body }) => {
    expect(countWords(body)).toBeGreaterThanOrEqual(750);
    expect(countWords(body)).toBeLessThanOrEqual(1100);
    expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(body).toMatch(/^### /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/^\| --- \|/m);
    expect(body).toMatch(/^```python$/m);
  });

  it('gives the same article for the same number, and different ones for different numbers', () => {
    expect(generatedArticle(42)).toBe(generatedArticle(42));
    expect(generatedArticle(42)).not.toBe(generatedArticle(43));
  });

  it('refuses to write into the project, so content/ never receives generated files', async () => {
    const contentArticles = fileURLToPath(new URL('../../content/articles/', import.meta.url));
    await expect(generateArticles({ count: 1, folder: contentArticles })).rejects.toThrow(/Refusing/);
  });
});
