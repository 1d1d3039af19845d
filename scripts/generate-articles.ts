#!/usr/bin/env node
// Writes realistic generated articles for the benchmark: front matter that satisfies the
// articles schema (src/lib/schemas.ts), about 800 words under ## and ### headings, a list, a
// table and a code block, in plain Markdown so a bare Astro project can build the same files.
// Never into this project's content/: the benchmark writes into temporary copies.
//
//   node scripts/generate-articles.ts <count> <folder>
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemAt } from './lib/lists.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
// Prose words; with the list and the table the site counts 800 to 950 words an article.
const TARGET_WORDS = 720;

/** Numbers in [0, 1), as Math.random gives them. */
type Random = () => number;

/** A small seeded generator (mulberry32), so the same index always gives the same article. */
function randomFrom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: [topic: string, focus: string][] = [
  ['model licenses', 'what a license lets a team do with downloaded weights'],
  ['local inference', 'running a model on a workstation instead of an API'],
  ['fine-tuning budgets', 'what it costs to adapt an open model to one task'],
  ['weight formats', 'how safetensors and GGUF files store the same parameters'],
  ['evaluation', 'checking a model against a benchmark before relying on it'],
  ['data governance', 'why training data stays private in most releases'],
  ['serving at scale', 'how a runtime turns weights into answers for many users'],
  ['quantization trade-offs', 'how far the weights can be compressed before quality drops'],
];

const SUBJECTS = ['A model card', 'The license', 'A quantized checkpoint', 'The tokenizer', 'An inference runtime', 'The training recipe', 'A fine-tuning run', 'The architecture', 'A small team', 'The model hub', 'An open-weights release', 'The GPU'];
const VERBS = ['describes', 'limits', 'changes', 'decides', 'shapes', 'documents', 'affects', 'reveals', 'constrains', 'determines'];
const OBJECTS = [
  'how much VRAM the model needs at inference time',
  'whether commercial use is allowed without a separate agreement',
  'which parts of the training data can be inspected',
  'how the weights were produced and evaluated',
  'the cost of self-hosting compared with an API',
  'what a team may redistribute after fine-tuning',
  'how reproducible the published results are',
  'how many parameters fit on one consumer GPU',
  'the precision the runtime uses for each layer',
  'whether attribution is required in a product',
];
const CLAUSES = [
  'which matters more than most readers expect',
  'and the difference shows up quickly in practice',
  'so it is worth reading before anything is downloaded',
  'although the details vary from one release to the next',
  'and the documentation rarely says so in plain words',
  'which is why teams keep a short checklist for it',
];
const LIST_ITEMS = ['Read the license and the acceptable use policy first.', 'Check the model card for the evaluation data.', 'Measure memory use with the precision you plan to run.', 'Keep the exact checkpoint and tokenizer files together.', 'Write down the runtime version used for every test.', 'Compare the quantized model with the original on your own prompts.'];
const HEADINGS = ['What changes in practice', 'How teams approach it', 'The numbers behind it', 'Where it goes wrong', 'A worked example', 'What to check first', 'Costs and limits', 'What the documentation leaves out'];

const pick = <T>(random: Random, list: readonly T[]) => itemAt(list, Math.floor(random() * list.length));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function sentence(random: Random) {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}, ${pick(random, CLAUSES)}.`;
}

function paragraph(random: Random) {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random)).join(' ');
}

function shuffled<T>(random: Random, list: readonly T[]) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [itemAt(copy, j), itemAt(copy, i)];
  }
  return copy;
}

function table(random: Random) {
  // An 8-billion-parameter model needs about one gigabyte per bit of precision.
  const rows = [16, 8, 6, 5, 4].map((bits) => {
    const name = bits === 16 ? 'FP16' : `${bits}-bit`;
    return `| ${name} | ${bits.toFixed(1)} GB | ${(2 + random() * 3).toFixed(1)} | ${pick(random, ['none', 'small', 'noticeable'])} |`;
  });
  return ['| Precision | Size of an 8B model | Tokens per second (relative) | Quality loss |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function codeBlock(index: number) {
  return [
    '```python',
    'from pathlib import Path',
    '',
    `def weights_size(parameters: int, bits: int = ${[4, 5, 8, 16][index % 4]}) -> float:`,
    '    """Gigabytes needed to hold the weights at this precision."""',
    '    return parameters * bits / 8 / 1e9',
    '',
    `checkpoint = Path("models/example-${index}.safetensors")`,
    'print(f"{checkpoint.name}: {weights_size(8_000_000_000):.1f} GB")',
    '```',
  ].join('\n');
}

/** The MDX source of generated article number `index` (1-based). */
export function generatedArticle(index: number) {
  const random = randomFrom(index * 7919);
  const [topic, focus] = itemAt(TOPICS, index % TOPICS.length);
  const day = String(1 + (index % 28)).padStart(2, '0');
  const front = [
    '---',
    `title: "Generated article ${index}: ${topic}"`,
    `description: "A generated benchmark article about ${focus}, with headings, a table and a code block."`,
    `order: ${1000 + index}`,
    `published: 2025-12-${day}`,
    `updated: 2026-01-${day}`,
    'sources:',
    '  - title: "The LoRA paper (arXiv 2106.09685)"',
    '    url: https://arxiv.org/abs/2106.09685',
    '  - title: "GGUF (Hugging Face Hub documentation)"',
    '    url: https://huggingface.co/docs/hub/gguf',
    '---',
  ];
  // Prose and headings count towards the target; the list, table and code come on top, as in
  // the site's own word count, which skips code.
  const body: string[] = [];
  let proseWords = 0;
  const prose = (text: string) => {
    body.push(text);
    proseWords += words(text);
  };
  prose(paragraph(random));
  prose(paragraph(random));
  shuffled(random, HEADINGS)
    .slice(0, 4)
    .forEach((heading, h) => {
      prose(`## ${heading}`);
      prose(paragraph(random));
      if (h === 0) body.push(LIST_ITEMS.map((item) => `- ${item}`).join('\n'));
      if (h === 1) body.push(table(random));
      if (h === 2) body.push(codeBlock(index));
      prose(`### ${pick(random, ['In short', 'An example', 'A caution', 'Numbers to keep in mind'])}`);
      prose(paragraph(random));
    });
  while (proseWords < TARGET_WORDS) prose(paragraph(random));
  return `${[...front, '', body.join('\n\n')].join('\n')}\n`;
}

/** Writes articles 1..count as generated-NNNN.mdx into folder, which must lie outside this project. */
export async function generateArticles({ count, folder }: { count: number; folder: string }) {
  const target = resolve(folder);
  const inside = relative(PROJECT_ROOT, target);
  if (!inside.startsWith('..') && !inside.startsWith('/')) throw new Error(`Refusing to write generated articles into this project (${target}); give a folder in a temporary copy.`);
  await mkdir(target, { recursive: true });
  for (let i = 1; i <= count; i += 1) await writeFile(join(target, `generated-${String(i).padStart(4, '0')}.mdx`), generatedArticle(i));
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, folder] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(count) || count < 1 || !folder) {
    console.error('Usage: node scripts/generate-articles.ts <count> <folder outside this project>');
    process.exit(1);
  }
  console.log(`Wrote ${count} articles to ${await generateArticles({ count, folder })}`);
}
