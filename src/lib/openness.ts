import type { CellValue } from './cell-values';

/** What a trained model is made of, in the order the anatomy diagram lists it. */
export const INGREDIENTS = [
  { key: 'weights', label: 'Weights', detail: 'the learned numbers', term: 'weights' },
  { key: 'architecture', label: 'Architecture', detail: 'the network’s design', term: 'architecture' },
  { key: 'code', label: 'Training code', detail: 'the program that trained it', term: 'training-code' },
  { key: 'data', label: 'Training data', detail: 'what it learned from', term: 'training-data' },
  { key: 'recipe', label: 'Training recipe', detail: 'settings and choices', term: 'training-recipe' },
] as const;

export type IngredientKey = (typeof INGREDIENTS)[number]['key'];

/** Which ingredients each kind of release usually hands over. */
export const RELEASE_KINDS: {
  key: string;
  label: string;
  short: [string, string];
  gives: Record<IngredientKey, CellValue>;
}[] = [
  {
    key: 'api',
    label: 'API only',
    short: ['API', 'only'],
    gives: { weights: 'no', architecture: 'no', code: 'no', data: 'no', recipe: 'no' },
  },
  {
    key: 'open-weights',
    label: 'Open weights',
    short: ['Open', 'weights'],
    gives: { weights: 'yes', architecture: 'yes', code: 'sometimes', data: 'rarely', recipe: 'partial' },
  },
  {
    key: 'open-source',
    label: 'Open source (OSI definition)',
    short: ['Open', 'source'],
    gives: { weights: 'yes', architecture: 'yes', code: 'yes', data: 'partial', recipe: 'yes' },
  },
];

/** The openness spectrum, from most closed to most open. */
export const SPECTRUM = [
  { key: 'api-only', label: 'API only', detail: 'You send requests; the weights stay with the provider.' },
  { key: 'restricted-weights', label: 'Weights, restrictive license', detail: 'You can download and run it, within the license’s limits.' },
  { key: 'permissive-weights', label: 'Weights, permissive license', detail: 'Apache 2.0 or MIT: use, change and ship it freely.' },
  { key: 'weights-code-data', label: 'Weights + code + data disclosed', detail: 'You can study how it was made, not only use it.' },
  { key: 'fully-open', label: 'Fully open', detail: 'Weights, code and training data all published: you could study it or train it again.' },
] as const;

export type SpectrumKey = (typeof SPECTRUM)[number]['key'];
export const SPECTRUM_KEYS = SPECTRUM.map((s) => s.key) as [SpectrumKey, ...SpectrumKey[]];
