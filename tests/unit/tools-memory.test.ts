import { describe, expect, it } from 'vitest';
import {
  bestComfortablePrecision,
  estimateMemory,
  fitIn,
  kvBytesPerToken,
  kvCacheBytes,
  memoryReport,
  nearestPreset,
  parameterFieldText,
  PRECISIONS,
  weightBytes,
  presetsFrom,
  workedTable,
  type MemoryCase,
  type Precision,
} from '@/lib/tools/memory';
import { chartBars, memoryChartSvg } from '@/lib/tools/memory-chart';
import { modelSchema } from '@/lib/schemas';
import { loadCollection } from '../support/content';

/** The presets as the build makes them, from the sizes content/models marks as presets. */
const MODEL_PRESETS = presetsFrom(loadCollection('models', modelSchema).map((m) => ({ id: m.id, name: m.data.name, card: m.data.card, sizes: m.data.sizes })));

const GiB = 1024 ** 3;
const precision = (id: string) => PRECISIONS.find((p) => p.id === id) as Precision;
const preset = (id: string) => {
  const p = MODEL_PRESETS.find((m) => m.id === id);
  if (!p) throw new Error(id);
  return p;
};
const llama8b = preset('llama-3-1-8b');
const llama70b = preset('llama-3-1-70b');
const caseFor = (model: typeof llama8b, precisionId: string, memoryBytes?: number): MemoryCase => ({
  parameters: model.parameters,
  precision: precision(precisionId),
  contextTokens: 8192,
  shape: model.shape,
  kvBytesPerValue: 2,
  memoryBytes,
});

describe('weights', () => {
  it('are parameters × bits ÷ 8', () => {
    // 8,030,261,248 × 16 ÷ 8 = 16,060,522,496 bytes
    expect(weightBytes(8_030_261_248, 16)).toBe(16_060_522_496);
    // 8,030,261,248 × 4.89 = 39,267,977,502.72; ÷ 8 = 4,908,497,187.84 bytes: the 4.9 GB in llama.cpp's table
    expect(weightBytes(8_030_261_248, 4.89)).toBeCloseTo(4_908_497_187.84, 1);
    // 70,553,706,496 × 4.89 ÷ 8 = 345,007,624,765.44 ÷ 8 = 43,125,953,095.68 bytes: llama.cpp lists 43.1 GB
    expect(weightBytes(70_553_706_496, 4.89)).toBeCloseTo(43_125_953_095.68, 1);
    // 7 billion at 8.5 bits (Q8_0) = 7,437,500,000 bytes
    expect(weightBytes(7e9, 8.5)).toBe(7_437_500_000);
  });
});

describe('KV cache', () => {
  it('is 2 × layers × KV heads × head size × bytes per token', () => {
    // Llama 3.1 8B: 2 × 32 × 8 × 128 × 2 = 131,072 bytes (128 KiB), as the article works out
    expect(kvBytesPerToken(llama8b.shape, 2)).toBe(131_072);
    // Llama 3.1 70B: 2 × 80 × 8 × 128 × 2 = 327,680 bytes (320 KiB)
    expect(kvBytesPerToken(llama70b.shape, 2)).toBe(327_680);
    // Llama 2 13B, without grouped-query attention: 2 × 40 × 40 × 128 × 2 = 819,200 bytes
    expect(kvBytesPerToken(preset('llama-2-13b').shape, 2)).toBe(819_200);
  });
  it('grows in proportion to the context', () => {
    expect(kvCacheBytes(llama8b.shape, 8192, 2)).toBe(GiB);
    expect(kvCacheBytes(llama8b.shape, 131_072, 2)).toBe(16 * GiB);
    expect(kvCacheBytes(llama70b.shape, 8192, 2)).toBe(2.5 * GiB);
    // q8_0 stores 32 numbers in 34 bytes: 131,072 × 34/32 ÷ 2 = 69,632 bytes per token
    expect(kvCacheBytes(llama8b.shape, 1, 34 / 32)).toBe(69_632);
  });
});

describe('the estimate', () => {
  it('adds a 10% working margin to weights and cache', () => {
    const e = estimateMemory(caseFor(llama8b, 'q4_k_m'));
    // (4,908,497,187.84 + 1,073,741,824) × 0.1 = 598,223,901.18; total 6,580,462,913.03
    expect(e.overhead).toBeCloseTo(598_223_901.18, 0);
    expect(e.total).toBeCloseTo(6_580_462_913.03, 0);
    expect(e.fit).toBeUndefined();
  });
  it('reproduces the three worked examples of the running-models article', () => {
    // 16 GB laptop, Llama 3.1 8B at Q4_K_M: 6.6 GB of 17.18 GB, 38%: fits
    expect(estimateMemory(caseFor(llama8b, 'q4_k_m', 16 * GiB)).fit?.kind).toBe('fits');
    // the same laptop at 16-bit: (16,060,522,496 + 1,073,741,824) × 1.1 = 18,847,690,752 > 17,179,869,184
    const f16 = estimateMemory(caseFor(llama8b, 'f16', 16 * GiB));
    expect(f16.total).toBeCloseTo(18_847_690_752, 0);
    expect(f16.fit?.kind).toBe('too-big');
    // 24 GB card: 8B at Q8_0 needs (8,532,152,576 + 1,073,741,824) × 1.1 = 10,566,483,840
    const q8 = estimateMemory(caseFor(llama8b, 'q8_0', 24 * GiB));
    expect(q8.total).toBeCloseTo(10_566_483_840, 0);
    expect(q8.fit?.kind).toBe('fits');
    // 24 GB card, 70B at Q4_K_M: (43,125,953,095.68 + 2,684,354,560) × 1.1 = 50,391,338,421.25: does not fit
    const big = estimateMemory(caseFor(llama70b, 'q4_k_m', 24 * GiB));
    expect(big.total).toBeCloseTo(50_391_338_421.25, 0);
    expect(big.fit?.kind).toBe('too-big');
    // 64 GB of unified memory: 50.4 GB of 68.7 GB is 73%, under the 80% comfort line
    const mac = estimateMemory(caseFor(llama70b, 'q4_k_m', 64 * GiB));
    expect(mac.fit?.share).toBeCloseTo(0.7333, 3);
    expect(mac.fit?.kind).toBe('fits');
  });
  it('calls anything between 80% and 100% of memory tight', () => {
    expect(fitIn(80, 100).kind).toBe('fits');
    expect(fitIn(80.1, 100).kind).toBe('tight');
    expect(fitIn(100, 100).kind).toBe('tight');
    expect(fitIn(100.1, 100)).toEqual({ kind: 'too-big', share: 1.001, spare: expect.closeTo(-0.1, 6) });
  });
});

describe('suggestions and presets', () => {
  it('finds the most precise format that fits comfortably', () => {
    // 16 GB: Q8_0 needs (8,532,152,576 + 1,073,741,824) × 1.1 = 10.57 GB, 62% of 17.18 GB
    expect(bestComfortablePrecision({ ...caseFor(llama8b, 'f16'), memoryBytes: 16 * GiB })?.id).toBe('q8_0');
    // 8 GB: Q4_K_M needs 6.58 GB of 8.59 GB = 77%; Q5_K_M needs 7.13 GB = 83%, which is tight
    expect(bestComfortablePrecision({ ...caseFor(llama8b, 'f16'), memoryBytes: 8 * GiB })?.id).toBe('q4_k_m');
    expect(bestComfortablePrecision({ ...caseFor(preset('llama-3-1-405b'), 'f16'), memoryBytes: 24 * GiB })).toBeUndefined();
  });
  it('borrows the layout of the listed model closest in size', () => {
    expect(nearestPreset(7e9, MODEL_PRESETS).id).toBe('mistral-7b');
    expect(nearestPreset(72e9, MODEL_PRESETS).id).toBe('llama-3-1-70b');
    expect(nearestPreset(1e12, MODEL_PRESETS).id).toBe('llama-3-1-405b');
    // 2B is 1.6 times Llama 3.2 1B and 3.6 times smaller than Mistral 7B
    expect(nearestPreset(2e9, MODEL_PRESETS).id).toBe('llama-3-2-1b');
    // 3B is 2.43 times Llama 3.2 1B but only 2.41 times smaller than Mistral 7B
    expect(nearestPreset(3e9, MODEL_PRESETS).id).toBe('mistral-7b');
    expect(nearestPreset(20e9, MODEL_PRESETS).id).toBe('llama-2-13b');
  });
  it('lists presets smallest first with sane layouts and sources', () => {
    const sizes = MODEL_PRESETS.map((p) => p.parameters);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const p of MODEL_PRESETS) {
      expect(p.shape.layers).toBeGreaterThan(0);
      expect(p.source.url).toMatch(/^https:\/\//);
    }
    expect(new Set(MODEL_PRESETS.map((p) => p.id)).size).toBe(MODEL_PRESETS.length);
    expect(MODEL_PRESETS.map((p) => p.id)).toEqual(['llama-3-2-1b', 'mistral-7b', 'llama-3-1-8b', 'llama-2-13b', 'qwen2-5-32b', 'llama-3-1-70b', 'llama-3-1-405b']);
  });
  it('lists formats from most to fewest bits', () => {
    const bits = PRECISIONS.map((p) => p.bits);
    expect(bits).toEqual([...bits].sort((a, b) => b - a));
  });
  it('writes a preset size the way the parameters field shows it', () => {
    expect(parameterFieldText(8_030_261_248)).toBe('8.03B');
    expect(parameterFieldText(405_853_388_800)).toBe('406B');
    expect(parameterFieldText(1_235_814_400)).toBe('1.24B');
  });
});

describe('the report', () => {
  it('spells out the arithmetic and the verdict', () => {
    const r = memoryReport(caseFor(llama8b, 'q4_k_m', 16 * GiB), 'Llama 3.1 8B');
    expect(r).toEqual({
      caption: 'Llama 3.1 8B in GGUF Q4_K_M, with 8,192 tokens of context',
      weights: { value: '4.9 GB', detail: '8.03 billion parameters × 4.89 bits ÷ 8' },
      kvCache: { value: '1.1 GB', detail: '2 × 32 layers × 8 KV heads × 128 numbers × 2 bytes × 8,192 tokens' },
      overhead: { value: '0.60 GB', detail: "10% of weights and cache, for the runtime's working buffers" },
      total: '6.6 GB',
      verdict: { kind: 'fits', symbol: '✓', word: 'Fits', text: '6.6 GB of your 16 GB (17.2 GB), 38%, leaving 10.6 GB for everything else.' },
      suggestion: '',
    });
  });
  it('says how far over a model is and what would fit instead', () => {
    const r = memoryReport(caseFor(llama70b, 'q4_k_m', 24 * GiB));
    expect(r.caption).toBe('A model with 70.6 billion parameters in GGUF Q4_K_M, with 8,192 tokens of context');
    // 50.39 GB needed − 25.77 GB available = 24.62 GB short
    expect(r.verdict).toEqual({ kind: 'too-big', symbol: '✕', word: 'Does not fit', text: 'Needs 50.4 GB, 24.6 GB more than your 24 GB (25.8 GB).' });
    // Q2_K: (27,868,714,066 + 2,684,354,560) × 1.1 = 33.6 GB, still too big
    expect(r.suggestion).toBe('Even in GGUF Q2_K it would need 33.6 GB: choose a smaller model, a shorter context or more memory.');
  });
  it('warns when the fit is tight and names a format with room', () => {
    // 8B at Q8_0 on 12 GB: 10.57 GB of 12.88 GB = 82%
    const r = memoryReport(caseFor(llama8b, 'q8_0', 12 * GiB), 'Llama 3.1 8B');
    expect(r.verdict.kind).toBe('tight');
    expect(r.verdict.text).toBe('10.6 GB of your 12 GB (12.9 GB), 82%. Only 2.3 GB is left for the operating system and other programs.');
    // plain 8-bit: (8,030,261,248 + 1,073,741,824) × 1.1 = 10,014,403,379 bytes, 78% of 12.88 GB
    expect(r.suggestion).toBe('In plain 8-bit (1 byte per weight) it would need 10.0 GB, which fits with room to spare.');
  });
  it('gives the total alone when the reader has not entered memory', () => {
    expect(memoryReport(caseFor(llama8b, 'q4_k_m')).verdict).toEqual({
      kind: 'no-memory',
      symbol: '',
      word: 'Total',
      text: 'Needs about 6.6 GB. Enter your memory to see whether it fits.',
    });
  });
  it('fills the worked table from the presets', () => {
    const rows = workedTable(MODEL_PRESETS);
    expect(rows).toHaveLength(MODEL_PRESETS.length);
    expect(rows.find((r) => r.name === 'Llama 3.1 8B')).toEqual({
      name: 'Llama 3.1 8B',
      parameters: '8.03 billion',
      weights: ['16.1 GB', '8.5 GB', '4.9 GB'],
      kvCache: '1.1 GB',
    });
    // 70.55 billion × 2 bytes = 141.1 GB; × 8.5 ÷ 8 = 75.0 GB; × 4.89 ÷ 8 = 43.1 GB; cache 2.68 GB
    expect(rows.find((r) => r.name === 'Llama 3.1 70B')?.weights).toEqual(['141 GB', '75.0 GB', '43.1 GB']);
    // The exact count from Qwen2.5-32B's config (32,763,876,352), not the card's rounded 32.5B
    expect(rows.find((r) => r.name === 'Qwen2.5 32B')?.weights[0]).toBe('65.5 GB');
  });
});

describe('the chart', () => {
  it('puts both bars on one scale, set by the larger of need and memory', () => {
    const e = estimateMemory(caseFor(llama8b, 'q4_k_m'));
    const { needed, memory } = chartBars(e, 2 * e.total);
    expect(needed.map((b) => b.kind)).toEqual(['weights', 'kv', 'overhead']);
    expect(needed.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(0.5, 9);
    expect(memory?.width).toBe(1);
    const alone = chartBars(e);
    expect(alone.memory).toBeUndefined();
    expect(alone.needed.at(-1)?.x ?? 0).toBeCloseTo(1 - (alone.needed.at(-1)?.width ?? 0), 9);
  });
  it('draws an accessible SVG with unique pattern ids', () => {
    const e = estimateMemory(caseFor(llama8b, 'q4_k_m'));
    const svg = memoryChartSvg(e, 16 * GiB, 'calc');
    expect(svg).toMatch(/^<svg class="mem-chart" width="100%" height="104" role="img" aria-labelledby="calc-chart-title">/);
    expect(svg).toContain('<title id="calc-chart-title">Bar chart. Needed: 6.6 GB, made of weights 4.9 GB, KV cache 1.1 GB and working margin 0.60 GB. Your memory: 17.2 GB.</title>');
    expect(svg).toContain('fill="url(#calc-hatch)"');
    expect(svg).toContain('<text x="0" y="68" class="chart-label">Your memory: 17.2 GB</text>');
    expect(memoryChartSvg(e, undefined, 'calc')).not.toContain('Your memory');
  });
});
