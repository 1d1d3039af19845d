import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sentences, withoutFrontMatter } from '@/lib/markdown-text';
import { escapeRegExp } from '@/lib/regexp';
import { licenseSchema, modelSchema } from '@/lib/schemas';
import { CONTENT, loadCollection } from './content';

/**
 * Checks for contradictions the site has had: claims that restate a fact with a data home in
 * content/models or content/licenses, or the Open Source AI Definition's data rule, differently.
 * Each check takes a sentence and says what is wrong with it, or nothing.
 */

/** One sentence of reader-facing prose, and where it is. */
export interface Prose {
  file: string;
  sentence: string;
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Markdown reduced to its prose: no imports, code, tags, link targets or emphasis marks. */
const proseOf = (markdown: string) =>
  withoutFrontMatter(markdown)
    .replace(/^import\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
    .map((block) => block.replace(/^\s*(?:[-*]|\d+\.)\s/, '').replace(/[*_#>[\]|]/g, ' '))
    .map((block) => block.replace(/\s+/g, ' ').trim());

/** Every sentence a reader can see in content/: articles, glossary, FAQ, tables, releases and licences. */
export function allProse(): Prose[] {
  const out: Prose[] = [];
  const push = (file: string, texts: string[]) => {
    for (const text of texts) for (const sentence of sentences(text)) out.push({ file, sentence });
  };
  for (const folder of ['articles', 'glossary', 'faq']) {
    for (const f of readdirSync(`${CONTENT}${folder}`)) {
      const source = readFileSync(`${CONTENT}${folder}/${f}`, 'utf8');
      const data = (parse(source.split(/^---$/m)[1] ?? '') ?? {}) as Record<string, unknown>;
      push(`content/${folder}/${f}`, [...strings({ d: data['definition'], q: data['description'] }), ...proseOf(source)]);
    }
  }
  for (const folder of ['comparisons', 'models', 'licenses']) {
    for (const f of readdirSync(`${CONTENT}${folder}`)) {
      const data = parse(readFileSync(`${CONTENT}${folder}/${f}`, 'utf8')) as Record<string, unknown>;
      const { sources: _sources, ...rest } = data;
      push(`content/${folder}/${f}`, strings(rest).filter((s) => / /.test(s) && !/^https:/.test(s)));
    }
  }
  return out;
}

// The Open Source AI Definition asks for detailed information about the training data, and for the
// data itself only where it can be shared: no sentence may say that open source guarantees the data.
const SPEAKS_OF_OPEN_SOURCE = /\b(open[- ]source|OSI|Open Source AI Definition|OSAID)\b/i;
const CLAIMS_THE_DATA = /\b(requires?|guarantees?|gives you|hands? (you )?over|means you (also )?get|must (publish|release|share|include))\b[^.;:]{0,60}\b(training )?data(sets?)?\b/i;
const CLAIMS_A_REBUILD = /\b(gives you|lets you|means you can|guarantees?|enough to)\b[^.;:]{0,60}\b(rebuild|reproduce|retrain|audit what it learned)/i;
const STATES_THE_RULE = /information|describ|can be shared|can't be shared|cannot be shared|unshareable|not always|only where|only when|where it can|when it can|fully open|does not (require|guarantee)|doesn't|not require|not guarantee|never/i;

/** What is wrong with a sentence that makes open source promise the training data, if it does. */
export function dataRuleProblem(sentence: string): string | undefined {
  if (SPEAKS_OF_OPEN_SOURCE.test(sentence) && !STATES_THE_RULE.test(sentence)) {
    if (CLAIMS_THE_DATA.test(sentence)) return 'says open source brings the training data itself; the Open Source AI Definition asks for detailed data information, and the data only where it can be shared';
    // Ordinary software is rebuilt from its source code alone; only claims about models count.
    if (CLAIMS_A_REBUILD.test(sentence) && !/\b(software|program)\b/i.test(sentence)) return 'says open source is enough to rebuild or audit the model; that takes the data, which the Open Source AI Definition asks for only where it can be shared';
  }
  return undefined;
}

/** Names a licence is written by in prose, beyond its own name and short name. */
const LICENSE_ALIASES: Record<string, string[]> = {
  'apache-2-0': ['Apache 2.0', 'Apache License 2.0', 'Apache-2.0'],
  mit: ['MIT License', 'MIT license', 'MIT'],
  'gemma-terms': ['Gemma Terms of Use', 'Gemma terms'],
  'mistral-non-production': ['Mistral AI Non-Production License', 'Non-Production License', 'MNPL'],
  'qwen-license': ['Qwen License'],
  'qwen-research': ['Qwen Research License'],
  'deepseek-license': ['DeepSeek License'],
};

/** A pattern that finds any of `names` as whole words, longest first ("Qwen3.5" before "Qwen3"). */
const anyOf = (names: string[]) => new RegExp(`(?<![\\w.-])(${[...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w-]|\\.\\d)`, 'g');

/** The model data the checks compare prose with, read as the build reads it. */
export function modelFacts() {
  const licenses = loadCollection('licenses', licenseSchema);
  const models = loadCollection('models', modelSchema);
  const licenseNames = new Map<string, string>();
  for (const l of licenses) for (const name of [l.data.name, l.data.short, ...(LICENSE_ALIASES[l.id] ?? [])]) licenseNames.set(name, l.id);
  const releaseNames = new Map(models.map((m) => [m.data.name, m]));
  return { licenses, models, licenseNames, releaseNames, findLicenses: anyOf([...licenseNames.keys()]), findReleases: anyOf([...releaseNames.keys()]) };
}
export type ModelFacts = ReturnType<typeof modelFacts>;

const found = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''))];

// Sentences that tell a licence's history or compare releases name an older or other licence on purpose.
const HISTORY = /\b(moved|switch|changed|relicens|before|until|up to|earlier|formerly|originally|instead|no longer|replac|first published|started|base model|distill|keeps?|other than|unlike|while|whereas|but)\b/i;

/** What is wrong with a sentence that gives one release one licence, if the data gives it another. */
export function licenseProblem(sentence: string, facts: ModelFacts): string | undefined {
  const releases = found(sentence, facts.findReleases);
  const licenses = found(sentence, facts.findLicenses).map((n) => facts.licenseNames.get(n) as string);
  if (releases.length !== 1 || new Set(licenses).size !== 1 || HISTORY.test(sentence)) return undefined;
  const release = facts.releaseNames.get(releases[0] as string);
  if (!release) return undefined;
  const allowed = new Set([release.data.license, ...found(release.data.licenseNote ?? '', facts.findLicenses).map((n) => facts.licenseNames.get(n) as string)]);
  const license = licenses[0] as string;
  return allowed.has(license) ? undefined : `puts ${release.data.name} under ${license}, but content/models/${release.id}.yaml says ${release.data.license}`;
}

const FIGURE = /(\d+(?:\.\d+)?)\s*(million|billion)\b/gi;
const LIMIT_WORDS: [RegExp, (l: ModelFacts['licenses'][number]) => number | undefined][] = [
  [/monthly active users|monthly users|users a month/i, (l) => l.data.userLimit?.monthlyActiveUsers],
  [/revenue/i, (l) => l.data.revenueLimit?.monthlyUsd],
];

/**
 * What is wrong with a sentence whose figure restates a fact from the data differently, if it does:
 * a licence's user or revenue threshold, or the parameter count of a release it names alone.
 */
export function numberProblem(sentence: string, facts: ModelFacts): string | undefined {
  const figures = [...sentence.matchAll(FIGURE)].map((m) => Number(m[1]) * (m[2]?.toLowerCase() === 'billion' ? 1e9 : 1e6));
  if (!figures.length) return undefined;
  // Thresholds: a licence named in the sentence, or one whose family the sentence names.
  for (const [words, limitOf] of LIMIT_WORDS) {
    if (!words.test(sentence)) continue;
    const named = facts.licenses.filter((l) => found(sentence, facts.findLicenses).some((n) => facts.licenseNames.get(n) === l.id) || sentence.includes(l.data.short.split(' ')[0] as string));
    const limits = named.map(limitOf).filter((n): n is number => n !== undefined);
    if (!limits.length) continue;
    const wrong = figures.filter((f) => f >= 1e6 && !limits.includes(f));
    if (wrong.length === figures.length) return `gives a threshold of ${wrong.map((f) => f.toLocaleString('en-US')).join(', ')}, but the licence data says ${[...new Set(limits)].map((n) => n.toLocaleString('en-US')).join(' or ')}`;
  }
  // Parameter counts: one release named, a figure in billions, "parameters" in the sentence.
  const releases = found(sentence, facts.findReleases);
  if (releases.length === 1 && /parameters/i.test(sentence)) {
    const release = facts.releaseNames.get(releases[0] as string);
    const counts = release?.data.sizes.flatMap((s) => [s.parameters, s.activeParameters ?? 0]).filter(Boolean) ?? [];
    const billions = figures.filter((f) => f >= 1e9);
    const close = (f: number) => counts.some((c) => Math.abs(c - f) / f < 0.02);
    const wrong = billions.filter((f) => !close(f));
    if (billions.length && wrong.length === billions.length) return `gives ${release?.data.name} ${wrong.map((f) => `${f / 1e9} billion`).join(', ')} parameters, which no size in content/models/${release?.id}.yaml has`;
  }
  return undefined;
}
