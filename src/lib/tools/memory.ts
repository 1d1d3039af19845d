/**
 * The arithmetic of the "Will it fit?" calculator: weights, KV cache, a working margin, and
 * whether the total fits in the reader's memory. Plain numbers in, plain numbers and sentences
 * out, so the page can show a worked result without JavaScript and the script can recompute it.
 */
import { formatGB, formatMemoryAsSold, formatParameters, formatWhole } from './quantity';

export interface Precision {
  id: string;
  label: string;
  /** Average bits stored per weight, including block scales. */
  bits: number;
}

/**
 * Weight formats, highest precision first. The GGUF figures are the bits per weight llama.cpp's
 * quantize README measured on Llama 3.1 8B; mixed formats vary slightly from model to model. The
 * README does not measure Q4_0: its figure is the format's nominal 4.5 bits (18 bytes per block of
 * 32 weights), and real files come out a little larger.
 */
export const PRECISIONS: readonly Precision[] = [
  { id: 'f32', label: '32-bit (FP32)', bits: 32 },
  { id: 'f16', label: '16-bit (FP16 or BF16)', bits: 16 },
  { id: 'q8_0', label: 'GGUF Q8_0', bits: 8.5 },
  { id: 'int8', label: 'plain 8-bit (1 byte per weight)', bits: 8 },
  { id: 'q6_k', label: 'GGUF Q6_K', bits: 6.56 },
  { id: 'q5_k_m', label: 'GGUF Q5_K_M', bits: 5.7 },
  { id: 'q4_k_m', label: 'GGUF Q4_K_M', bits: 4.89 },
  { id: 'q4_0', label: 'GGUF Q4_0 (nominal)', bits: 4.5 },
  { id: 'int4', label: 'plain 4-bit (half a byte per weight)', bits: 4 },
  { id: 'q2_k', label: 'GGUF Q2_K', bits: 3.16 },
];

export const PRECISION_SOURCE = {
  title: 'llama.cpp quantize README: bits per weight measured on Llama 3.1 8B',
  url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
} as const;

/** How the KV cache stores each number: llama.cpp keeps it at 16 bits unless told otherwise. */
export const KV_PRECISIONS = [
  { id: 'f16', label: '16-bit (llama.cpp default)', bytes: 2 },
  { id: 'q8_0', label: '8-bit q8_0', bytes: 34 / 32 },
] as const;

/** The parts of a model's layout that set the size of its KV cache. */
export interface ModelShape {
  layers: number;
  /** Key-value heads per layer (fewer than attention heads in models with grouped-query attention). */
  kvHeads: number;
  /** Numbers per head. */
  headDim: number;
}

export interface ModelPreset {
  id: string;
  name: string;
  parameters: number;
  shape: ModelShape;
}

/** A model release's size as content/models gives it, where the calculator can offer it as a preset. */
export interface PresetSource {
  id: string;
  name: string;
  card: string;
  sizes: readonly { name: string; parameters: number; layout?: ModelShape | undefined; preset: boolean }[];
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** The release's name and the size's, "Llama 3.1 8B", unless the release is named after its one size ("Mistral 7B"). */
const presetName = (release: string, size: string) => (release.endsWith(` ${size}`) ? release : `${release} ${size}`);
/** The calculator's id for a release's size, as a link to the calculator names it (?model=). */
export const presetIdFor = (release: string, size: string) => slugOf(presetName(release, size));

/**
 * The calculator's presets: every size that content/models marks `preset: true`, smallest first,
 * each with its release's model card as the source of its size and layout.
 */
export function presetsFrom(models: readonly PresetSource[]): (ModelPreset & { source: { title: string; url: string } })[] {
  return models
    .flatMap((m) =>
      m.sizes
        .filter((s) => s.preset && s.layout)
        .map((s) => ({
          id: presetIdFor(m.name, s.name),
          name: presetName(m.name, s.name),
          parameters: s.parameters,
          shape: s.layout as ModelShape,
          source: { title: `${m.name} model card`, url: m.card },
        })),
    )
    .sort((a, b) => a.parameters - b.parameters);
}

/** Share of weights plus cache added for the runtime's scratch buffers and the program itself. */
export const OVERHEAD_SHARE = 0.1;
/** Above this share of the reader's memory, a model that fits is called tight. */
export const COMFORT_SHARE = 0.8;

export const DEFAULT_CASE = {
  presetId: 'llama-3-1-8b',
  precisionId: 'q4_k_m',
  contextTokens: 8192,
  kvPrecisionId: 'f16',
  memoryBytes: 16 * 1024 ** 3,
} as const;

export function weightBytes(parameters: number, bitsPerWeight: number): number {
  return (parameters * bitsPerWeight) / 8;
}

/** 2 (a key and a value) × layers × KV heads × head size × bytes per number, for one token. */
export function kvBytesPerToken(shape: ModelShape, bytesPerValue: number): number {
  return 2 * shape.layers * shape.kvHeads * shape.headDim * bytesPerValue;
}

export function kvCacheBytes(shape: ModelShape, contextTokens: number, bytesPerValue: number): number {
  return kvBytesPerToken(shape, bytesPerValue) * contextTokens;
}

export interface MemoryCase {
  parameters: number;
  precision: Precision;
  contextTokens: number;
  shape: ModelShape;
  kvBytesPerValue: number;
  /** What the reader has, in bytes; omitted when they left the field empty. */
  memoryBytes?: number | undefined;
}

export type FitKind = 'fits' | 'tight' | 'too-big';

export interface Fit {
  kind: FitKind;
  /** Total needed divided by memory available. */
  share: number;
  /** Memory left over (negative when the model does not fit). */
  spare: number;
}

export interface MemoryEstimate {
  weights: number;
  kvCache: number;
  overhead: number;
  total: number;
  fit?: Fit;
}

export function fitIn(total: number, memoryBytes: number): Fit {
  const share = total / memoryBytes;
  const kind: FitKind = share > 1 ? 'too-big' : share > COMFORT_SHARE ? 'tight' : 'fits';
  return { kind, share, spare: memoryBytes - total };
}

export function estimateMemory(c: MemoryCase): MemoryEstimate {
  const weights = weightBytes(c.parameters, c.precision.bits);
  const kvCache = kvCacheBytes(c.shape, c.contextTokens, c.kvBytesPerValue);
  const overhead = (weights + kvCache) * OVERHEAD_SHARE;
  const total = weights + kvCache + overhead;
  return { weights, kvCache, overhead, total, ...(c.memoryBytes ? { fit: fitIn(total, c.memoryBytes) } : {}) };
}

/** The listed model closest in size (by ratio), whose layout stands in for a model not on the list. */
export function nearestPreset(parameters: number, presets: readonly ModelPreset[]): ModelPreset {
  let best = presets[0] as ModelPreset;
  for (const preset of presets) {
    if (Math.abs(Math.log(preset.parameters / parameters)) < Math.abs(Math.log(best.parameters / parameters))) best = preset;
  }
  return best;
}

/** The most precise format that fits comfortably, if any does. */
export function bestComfortablePrecision(c: MemoryCase & { memoryBytes: number }): Precision | undefined {
  return PRECISIONS.find((precision) => estimateMemory({ ...c, precision }).fit?.kind === 'fits');
}

export const FIT_DISPLAY: Record<FitKind, { symbol: string; word: string }> = {
  fits: { symbol: '✓', word: 'Fits' },
  tight: { symbol: '!', word: 'Tight' },
  'too-big': { symbol: '✕', word: 'Does not fit' },
};

export interface MemoryReport {
  /** What was calculated, in one line. */
  caption: string;
  weights: { value: string; detail: string };
  kvCache: { value: string; detail: string };
  overhead: { value: string; detail: string };
  total: string;
  verdict: { kind: FitKind | 'no-memory'; symbol: string; word: string; text: string };
  /** A lower precision that would fit, or a note that none does. */
  suggestion: string;
}

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const bytesText = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000));

/** Everything the calculator says about one case, as text; `modelName` names a preset, if one applies. */
export function memoryReport(c: MemoryCase, modelName?: string): MemoryReport {
  const e = estimateMemory(c);
  const model = modelName ?? `A model with ${formatParameters(c.parameters)} parameters`;
  const caption = `${model} in ${c.precision.label}, with ${formatWhole(c.contextTokens)} tokens of context`;
  const { layers, kvHeads, headDim } = c.shape;
  const report: MemoryReport = {
    caption,
    weights: {
      value: formatGB(e.weights),
      detail: `${formatParameters(c.parameters)} parameters × ${c.precision.bits} bits ÷ 8`,
    },
    kvCache: {
      value: formatGB(e.kvCache),
      detail: `2 × ${layers} layers × ${kvHeads} KV heads × ${headDim} numbers × ${bytesText(c.kvBytesPerValue)} bytes × ${formatWhole(c.contextTokens)} tokens`,
    },
    overhead: {
      value: formatGB(e.overhead),
      detail: `${percent.format(OVERHEAD_SHARE)} of weights and cache, for the runtime's working buffers`,
    },
    total: formatGB(e.total),
    verdict: {
      kind: 'no-memory',
      symbol: '',
      word: 'Total',
      text: `Needs about ${formatGB(e.total)}. Enter your memory to see whether it fits.`,
    },
    suggestion: '',
  };
  if (e.fit && c.memoryBytes) {
    const have = `${formatMemoryAsSold(c.memoryBytes)} (${formatGB(c.memoryBytes)})`;
    const used = `${formatGB(e.total)} of your ${have}`;
    const text = {
      fits: `${used}, ${percent.format(e.fit.share)}, leaving ${formatGB(e.fit.spare)} for everything else.`,
      tight: `${used}, ${percent.format(e.fit.share)}. Only ${formatGB(e.fit.spare)} is left for the operating system and other programs.`,
      'too-big': `Needs ${formatGB(e.total)}, ${formatGB(-e.fit.spare)} more than your ${have}.`,
    }[e.fit.kind];
    report.verdict = { kind: e.fit.kind, ...FIT_DISPLAY[e.fit.kind], text };
    if (e.fit.kind !== 'fits') {
      const better = bestComfortablePrecision({ ...c, memoryBytes: c.memoryBytes });
      const lowest = PRECISIONS.at(-1) as Precision;
      report.suggestion = better
        ? `In ${better.label} it would need ${formatGB(estimateMemory({ ...c, precision: better }).total)}, which fits with room to spare.`
        : `Even in ${lowest.label} it would need ${formatGB(estimateMemory({ ...c, precision: lowest }).total)}: choose a smaller model, a shorter context or more memory.`;
    }
  }
  return report;
}

/** Rows of the worked table: every preset's weights in three common formats and its cache at 8,192 tokens. */
export const WORKED_TABLE_PRECISIONS = ['f16', 'q8_0', 'q4_k_m'] as const;
export const WORKED_TABLE_CONTEXT = 8192;

export function workedTable(presets: readonly ModelPreset[]): { name: string; parameters: string; weights: string[]; kvCache: string }[] {
  const precisions = WORKED_TABLE_PRECISIONS.map((id) => PRECISIONS.find((p) => p.id === id) as Precision);
  return presets.map((preset) => ({
    name: preset.name,
    parameters: formatParameters(preset.parameters),
    weights: precisions.map((p) => formatGB(weightBytes(preset.parameters, p.bits))),
    kvCache: formatGB(kvCacheBytes(preset.shape, WORKED_TABLE_CONTEXT, 2)),
  }));
}

/** The string a preset's size is shown as in the parameters field: "8.03B". */
export function parameterFieldText(parameters: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3, useGrouping: false }).format(parameters / 1e9)}B`;
}
