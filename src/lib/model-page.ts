/**
 * What a model release's page says, worked out from its data and its licence's: the openness of
 * each component against the Open Source AI Definition, the licence in plain words, and memory
 * per size. Pages only lay this out.
 */
import type { z } from 'astro/zod';
import type { CellValue } from './cell-values';
import type { TableSpec } from './comparison';
import { formatDate } from './dates';
import type { licenseSchema, modelSchema } from './schemas';
import { OPENNESS_COMPONENTS } from './schemas';
import { PRECISIONS, weightBytes, type Precision } from './tools/memory';
import { formatGB, formatParameters } from './tools/quantity';
import { sizeLimits } from './tools/license-thresholds';

export type Release = z.output<typeof modelSchema>;
export type License = z.output<typeof licenseSchema>;
export type Component = (typeof OPENNESS_COMPONENTS)[number];

/** Each component's name as a reader knows it, and the glossary term that explains it. */
export const COMPONENT_LABELS: Record<Component, { label: string; term?: string }> = {
  weights: { label: 'Weights', term: 'weights' },
  inferenceCode: { label: 'Inference code', term: 'inference' },
  trainingCode: { label: 'Training code', term: 'training-code' },
  trainingData: { label: 'Training data', term: 'training-data' },
  dataInformation: { label: 'Data information', term: 'data-information' },
  technicalReport: { label: 'Technical report' },
  evaluationCode: { label: 'Evaluation code', term: 'benchmark' },
};

export { modelTitle } from './model-titles';

/**
 * How the release compares with what the Open Source AI Definition asks for: weights, complete
 * code, detailed data information, and terms that let anyone use, study, change and share it. Only
 * the OSI can say a system conforms; this lists what is missing, or that nothing is.
 */
export function osaidReading(release: Pick<Release, 'openness' | 'name'>, license: Pick<License, 'osiApproved' | 'short'>): { missing: string[]; text: string } {
  const o = release.openness;
  const missing = [
    ...(o.weights.value !== 'yes' ? ['the weights'] : []),
    ...(o.trainingCode.value !== 'yes' || o.inferenceCode.value !== 'yes' ? ['the complete code used to train and run it'] : []),
    ...(o.dataInformation.value !== 'yes' ? ['detailed information about the training data'] : []),
    ...(license.osiApproved ? [] : [`terms that let anyone use it for any purpose (the ${license.short} is not an OSI-approved license)`]),
  ];
  const list = missing.length < 2 ? (missing[0] ?? '') : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  const text = missing.length
    ? `By the Open Source AI Definition's checklist, ${release.name} is open weights, not open source: it lacks ${list}.`
    : `${release.name} publishes every component the Open Source AI Definition asks for, under an OSI-approved license. Whether it conforms is for the OSI to say.`;
  return { missing, text };
}

/** "the Llama 4 Community License", but "Apache 2.0" and "MIT": a licence's short name as a sentence names it. */
export const licenseName = (short: string) => (/\b(License|Licence|Terms|Agreement)\b/.test(short) ? `the ${short}` : short);

/** The licence's terms as labelled lines, in the order a reader checks them. */
export function licenseFacts(license: License): { label: string; text: string; href?: string }[] {
  const commercial = { yes: 'Allowed.', conditions: 'Allowed, with conditions.', no: 'Not allowed.' }[license.commercialUse];
  return [
    { label: 'Commercial use', text: commercial },
    {
      label: 'Size limits',
      text: [license.userLimit?.detail, license.revenueLimit?.detail].filter(Boolean).join(' ') || 'None: the license sets no limit on users or revenue.',
    },
    ...(license.acceptableUse ? [{ label: 'Acceptable use policy', text: license.acceptableUse.title, href: license.acceptableUse.url }] : [{ label: 'Acceptable use policy', text: 'None is part of the license.' }]),
    ...(license.attribution ? [{ label: 'Naming and attribution', text: license.attribution }] : []),
    { label: 'Passing the weights on', text: license.redistribution },
    { label: 'Offering it as a service', text: license.hosting },
    { label: 'Fine-tuned and derived models', text: license.derivatives },
    { label: 'License text', text: license.name, href: license.url },
  ];
}

/** The three precisions a model page lists memory for: 16, 8 and 4 bits. */
export const PAGE_PRECISIONS = ['f16', 'q8_0', 'q4_k_m'].map((id) => PRECISIONS.find((p) => p.id === id) as Precision);

/** The memory its weights take at each page precision, per size, and how to open the calculator on it. */
export function memoryRows(
  release: Pick<Release, 'sizes' | 'name'>,
  calculatorHref: (size: Release['sizes'][number]) => string,
): { size: string; parameters: string; weights: string[]; calculator: string; download: string }[] {
  return release.sizes.map((size) => ({
    size: size.name,
    parameters: size.activeParameters
      ? `${formatParameters(size.parameters)} (${formatParameters(size.activeParameters)} active per token)`
      : formatParameters(size.parameters),
    weights: PAGE_PRECISIONS.map((p) => formatGB(weightBytes(size.parameters, p.bits))),
    calculator: calculatorHref(size),
    download: size.download,
  }));
}


const cell = (value: CellValue, text?: string) => (text ? { value, text } : value);

/** Releases side by side, one column each, for the comparison view (the shared table component). */
export function compareTable(
  releases: readonly { id: string; data: Release; license: License }[],
  modelHref: (slug: string) => string,
): TableSpec {
  const checked = new Date(Math.min(...releases.flatMap((r) => [r.data.checked.getTime(), r.license.checked.getTime()])));
  const commercial: Record<License['commercialUse'], CellValue> = { yes: 'yes', conditions: 'partial', no: 'no' };
  const row = (label: string, term: string | undefined, cellFor: (r: (typeof releases)[number]) => TableSpec['rows'][number]['cells'][string]) => ({
    label,
    ...(term ? { term } : {}),
    cells: Object.fromEntries(releases.map((r) => [r.id, cellFor(r)])),
  });
  return {
    caption: `${releases.map((r) => r.data.name).join(' vs ')}: openness, license and size`,
    summary: 'What each release publishes, what its license lets you do, and how big it is. Each name links to the release’s page, with the evidence for every fact.',
    rowHeading: 'Release',
    asOf: checked,
    columns: releases.map((r) => ({ key: r.id, label: r.data.name })),
    rows: [
      row('Publisher', undefined, (r) => r.data.publisher),
      row('Released', undefined, (r) => formatDate(r.data.released)),
      row('License', 'license', (r) => ({ link: { href: r.license.url, label: r.license.short } })),
      row('Commercial use', 'commercial-use', (r) => cell(commercial[r.license.commercialUse], r.license.commercialUse === 'conditions' ? 'with conditions' : undefined)),
      row('User or revenue limit', undefined, (r) => {
        const limits = sizeLimits(r.license).join(' or ');
        return limits ? `${limits[0]?.toUpperCase()}${limits.slice(1)}` : 'None';
      }),
      ...OPENNESS_COMPONENTS.map((c) => row(COMPONENT_LABELS[c].label, COMPONENT_LABELS[c].term, (r) => r.data.openness[c].value)),
      row('OSI verdict', 'open-source-initiative', (r) => (r.data.osi ? (r.data.osi.status === 'validated' ? 'Passed its validation' : 'Not open source') : 'None published')),
      row('Sizes', 'parameters', (r) => r.data.sizes.map((s) => s.name).join(', ')),
      row('Largest size at 4 bits', 'quantization', (r) => {
        const largest = r.data.sizes.reduce((a, b) => (b.parameters > a.parameters ? b : a));
        return `${formatGB(weightBytes(largest.parameters, (PAGE_PRECISIONS[2] as Precision).bits))} (${largest.name})`;
      }),
      row('Details', undefined, (r) => ({ link: { href: modelHref(r.id), label: `${r.data.name} page` } })),
    ],
    sources: [],
  };
}
