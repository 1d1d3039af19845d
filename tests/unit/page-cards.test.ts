import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadedEntries, sharingEntries } from '@/social-cards/shared-entries';
import { cardEntries, pageCards, pairEntries } from '@/social-cards/page-cards';
import { socialCards } from '@/social-cards/integration';

/** A loader that puts `entries` in its store, as glob() does with the files it finds. */
function fakeLoader(entries: { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: 'fake',
    async load({ store }) {
      for (const entry of entries) store.set({ ...entry, body: 'text', digest: entry.id });
    },
  };
}

function fakeContext(collection: string): LoaderContext {
  const store = new Map<string, { id: string; data: Record<string, unknown> }>();
  return {
    collection,
    store: {
      set: (entry: { id: string; data: Record<string, unknown> }) => (store.set(entry.id, entry), true),
      values: () => [...store.values()],
    },
  } as unknown as LoaderContext;
}

describe('entries shared by the content loaders', () => {
  it('keeps each collection’s ids and validated data once its loader has filled the store', async () => {
    const loader = sharingEntries(fakeLoader([{ id: 'quantization', data: { title: 'Quantization, explained' } }]));
    expect(loader.name).toBe('fake');
    expect(loadedEntries('test-articles')).toBeUndefined();
    await loader.load(fakeContext('test-articles'));
    expect(loadedEntries('test-articles')).toEqual([{ id: 'quantization', data: { title: 'Quantization, explained' } }]);
  });

  it('replaces a collection’s entries when it loads again, as `astro dev` does after an edit', async () => {
    await sharingEntries(fakeLoader([{ id: 'a', data: { term: 'A' } }, { id: 'b', data: { term: 'B' } }])).load(fakeContext('test-terms'));
    await sharingEntries(fakeLoader([{ id: 'b', data: { term: 'B' } }])).load(fakeContext('test-terms'));
    expect(loadedEntries('test-terms')?.map((e) => e.id)).toEqual(['b']);
  });
});

describe('page cards', () => {
  it('gives every article, term, FAQ answer, model and popular comparison a card titled as its page is, next to the fixed pages', () => {
    const cards = pageCards(
      {
        articles: cardEntries('articles', [{ id: 'quantization', data: { title: 'Quantization, explained' } }]),
        glossary: cardEntries('glossary', [{ id: 'lora', data: { term: 'LoRA' } }]),
        faq: cardEntries('faq', [{ id: 'can-i-sell', data: { question: 'Can I sell it?' } }]),
        models: cardEntries('models', [{ id: 'gemma-4', data: { name: 'Gemma 4' } }, { id: 'llama-4', data: { name: 'Llama 4' } }]),
      },
      pairEntries([{ id: 'llama-4-vs-gemma-4', data: { models: ['llama-4', 'gemma-4'] } }]),
    );
    expect(cards).toContainEqual({ pathname: '/models/gemma-4/', title: 'Gemma 4: is it open source, can you use it, will it fit?', kind: 'Model' });
    expect(cards).toContainEqual({ pathname: '/models/compare/llama-4-vs-gemma-4/', title: 'Llama 4 vs Gemma 4', kind: 'Comparison' });
    expect(cards).toContainEqual({ pathname: '/articles/quantization/', title: 'Quantization, explained', kind: 'Article' });
    expect(cards).toContainEqual({ pathname: '/glossary/lora/', title: 'LoRA', kind: 'Glossary term' });
    expect(cards).toContainEqual({ pathname: '/faq/can-i-sell/', title: 'Can I sell it?', kind: 'FAQ answer' });
    expect(cards.map((c) => c.pathname)).toEqual(expect.arrayContaining(['/', '/articles/', '/glossary/', '/faq/', '/search/', '/404/', '/tools/', '/models/', '/models/compare/']));
  });

  it('keeps the content file and field of each title, for the build to name when a card cannot be drawn', () => {
    const glossary = cardEntries('glossary', [{ id: 'lora', data: { term: 'LoRA' }, filePath: 'content/glossary/lora.md' }]);
    expect(pageCards({ articles: [], glossary, faq: [], models: [] })).toContainEqual({ pathname: '/glossary/lora/', title: 'LoRA', kind: 'Glossary term', source: { file: 'content/glossary/lora.md', field: 'term' } });
  });

  it('names the entry and the field when an entry has no title for its card', () => {
    expect(() => cardEntries('glossary', [{ id: 'lora', data: { title: 'LoRA' } }])).toThrow('glossary/lora: its social card shows its "term", and it has none.');
  });

  it('stops the build with the fix when a collection with cards does not share its entries', () => {
    const setup = socialCards().hooks['astro:build:setup'] as unknown as () => void;
    expect(() => setup()).toThrow(/"articles" collection's entries were not shared before the build.* Its loader must be wrapped in sharingEntries\(\) in src\/content.config.ts/);
  });
});
