import type { z } from 'astro/zod';
import type { CellValue } from './cell-values';
import type { TableSpec } from './comparison';
import { formatDate } from './dates';
import type { SpectrumKey } from './openness';
import type { familySchema, licenseSchema, modelSchema } from './schemas';

type Family = z.output<typeof familySchema>;
type Release = z.output<typeof modelSchema>;
type License = z.output<typeof licenseSchema>;

/** A release with its licence, as a family's row needs it. */
export interface FamilyRelease {
  id: string;
  data: Pick<Release, 'name' | 'released' | 'checked' | 'openness' | 'card'>;
  license: Pick<License, 'short' | 'kind'>;
}

/** What a family's releases say about the family: everything in its row is derived from them. */
export interface FamilySummary {
  id: string;
  name: string;
  publisher: string;
  card: string;
  /** Oldest first. */
  releases: FamilyRelease[];
  /** Fully open when its newest release publishes training code and data. */
  kind: 'open-weight' | 'open-source';
  /** The licences of its releases, newest first, each named once. */
  licenses: string[];
  /** From its newest release. */
  weights: CellValue;
  code: CellValue;
  data: CellValue;
  /** Where its releases sit on the openness spectrum, from their licences and what they publish. */
  spectrum: SpectrumKey[];
  /** The oldest check among its releases' facts: the row is as current as its least current fact. */
  checked: Date;
}

/** The point of the openness spectrum one release sits at. */
export function spectrumPoint(release: Pick<FamilyRelease, 'data' | 'license'>): SpectrumKey {
  const { trainingCode, trainingData, dataInformation } = release.data.openness;
  const permissive = release.license.kind === 'permissive';
  if (permissive && trainingCode.value === 'yes' && trainingData.value === 'yes') return 'fully-open';
  if (trainingCode.value === 'yes' && (trainingData.value !== 'no' || dataInformation.value === 'yes')) return 'weights-code-data';
  return permissive ? 'permissive-weights' : 'restricted-weights';
}

const SPECTRUM_ORDER: SpectrumKey[] = ['api-only', 'restricted-weights', 'permissive-weights', 'weights-code-data', 'fully-open'];

/** A family and its releases (any order), summarised for its table row and the openness explorer. */
export function summariseFamily(id: string, family: Pick<Family, 'name' | 'publisher' | 'card'>, releases: readonly FamilyRelease[]): FamilySummary {
  if (!releases.length) throw new Error(`content/families/${id}.yaml: no release in content/models names this family; add one or remove the family.`);
  const ordered = [...releases].sort((a, b) => a.data.released.getTime() - b.data.released.getTime());
  const newest = ordered.at(-1) as FamilyRelease;
  const { openness } = newest.data;
  const points = new Set(ordered.map(spectrumPoint));
  return {
    id,
    name: family.name,
    publisher: family.publisher,
    card: family.card,
    releases: ordered,
    kind: openness.trainingCode.value === 'yes' && openness.trainingData.value === 'yes' ? 'open-source' : 'open-weight',
    licenses: [...new Set([...ordered].reverse().map((r) => r.license.short))],
    weights: openness.weights.value,
    code: openness.trainingCode.value,
    data: openness.trainingData.value,
    spectrum: SPECTRUM_ORDER.filter((p) => points.has(p)),
    checked: new Date(Math.min(...ordered.map((r) => r.data.checked.getTime()))),
  };
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Llama 3.1 (July 2024) and Llama 3.3 (December 2024): Llama 3.1 Community License. …" */
export function releasesByLicense(family: Pick<FamilySummary, 'releases'>): string {
  const groups = new Map<string, string[]>();
  for (const r of family.releases) groups.set(r.license.short, [...(groups.get(r.license.short) ?? []), `${r.data.name} (${monthYear.format(r.data.released)})`]);
  const and = (items: string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  return [...groups].map(([license, names]) => `${and(names)}: ${license}.`).join(' ');
}

/** The model families as a comparison table: one row per family, derived from its releases. */
export function modelFamiliesTable(families: readonly FamilySummary[]): TableSpec {
  const oldest = families.reduce<Date | undefined>((d, f) => (!d || f.checked < d ? f.checked : d), undefined);
  return {
    caption: 'Model families: who publishes them, under what license, and what is released',
    summary:
      'Licenses differ between families and between releases of one family: each row lists its releases with their licenses, and each release has its own page. Confirm on the official card before you rely on it.',
    rowHeading: 'Family',
    asOf: oldest,
    columns: [
      { key: 'publisher', label: 'Publisher' },
      { key: 'kind', label: 'Kind' },
      { key: 'license', label: 'License', term: 'license' },
      { key: 'weights', label: 'Weights', term: 'weights' },
      { key: 'code', label: 'Training code', term: 'training-code' },
      { key: 'data', label: 'Training data', term: 'training-data' },
      { key: 'card', label: 'Newest release' },
    ],
    rows: families.map((f) => {
      const newest = f.releases.at(-1) as FamilyRelease;
      return {
        label: f.name,
        cells: {
          publisher: f.publisher,
          kind: f.kind === 'open-source' ? 'Fully open' : 'Open weights',
          license: { text: f.licenses.join('; '), note: releasesByLicense(f), asOf: f.checked },
          weights: f.weights,
          code: f.code,
          data: f.data,
          card: { link: { href: newest.data.card, label: `${newest.data.name} card` }, text: `checked ${formatDate(f.checked)}` },
        },
      };
    }),
    sources: [],
  };
}

/** Every family summarised from the three collections, in the order given. */
export function summariseFamilies(
  families: readonly { id: string; data: Pick<Family, 'name' | 'publisher' | 'card'> }[],
  models: readonly { id: string; data: FamilyRelease['data'] & Pick<Release, 'family' | 'license'> }[],
  licenses: readonly { id: string; data: FamilyRelease['license'] }[],
): FamilySummary[] {
  const licenseById = new Map(licenses.map((l) => [l.id, l.data]));
  return families.map((family) => {
    const releases = models
      .filter((m) => m.data.family === family.id)
      .map((m) => {
        const license = licenseById.get(m.data.license);
        if (!license) throw new Error(`content/models/${m.id}.yaml: license "${m.data.license}" is not in content/licenses.`);
        return { id: m.id, data: m.data, license };
      });
    return summariseFamily(family.id, family.data, releases);
  });
}
