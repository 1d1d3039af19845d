import type { z } from 'astro/zod';
import { formatDate } from './dates';
import type { TableSpec } from './comparison';
import type { familySchema } from './schemas';

/** The facts of a model family (content/models/*.yaml) that its row in the table shows. */
export type ModelFamilyFacts = Pick<
  z.output<typeof familySchema>,
  'name' | 'publisher' | 'kind' | 'versions' | 'license' | 'licenseNote' | 'weights' | 'code' | 'data' | 'card' | 'checked'
>;

/** The model-families collection as a comparison table: one row per family, facts dated per row. */
export function modelFamiliesTable(families: readonly ModelFamilyFacts[]): TableSpec {
  const latest = families.reduce<Date | undefined>((d, f) => (!d || f.checked > d ? f.checked : d), undefined);
  return {
    caption: 'Model families: who publishes them, under what license, and what is released',
    summary:
      'Licenses differ between families and between versions of one family. Each row names the versions it covers; confirm on the official card before you rely on it.',
    rowHeading: 'Family',
    asOf: latest,
    columns: [
      { key: 'publisher', label: 'Publisher' },
      { key: 'kind', label: 'Kind', term: undefined },
      { key: 'license', label: 'License', term: 'license' },
      { key: 'weights', label: 'Weights', term: 'weights' },
      { key: 'code', label: 'Training code', term: 'training-code' },
      { key: 'data', label: 'Training data', term: 'training-data' },
      { key: 'card', label: 'Official card' },
    ],
    rows: families.map((f) => ({
      label: f.name,
      cells: {
        publisher: f.publisher,
        kind: f.kind === 'open-source' ? 'Fully open' : 'Open weights',
        license: { text: f.license, note: `${f.name} (${f.versions}): ${f.licenseNote}` },
        weights: f.weights,
        code: f.code,
        data: f.data,
        card: { link: { href: f.card, label: `${f.name} card` }, text: `checked ${formatDate(f.checked)}` },
      },
    })),
    sources: [],
  };
}
