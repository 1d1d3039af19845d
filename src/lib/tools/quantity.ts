/**
 * Reading the numbers readers type into the tools, including the units they tend to paste
 * ("7B", "70 b", "1.5 billion", "8k", "16 GB"). Every reader either returns a value with a
 * sentence saying how the input was understood, or a message that says what to type instead.
 */

export type Reading =
  | { ok: true; value: number; /** How the input was read, shown next to the field. */ understood: string }
  | { ok: false; message: string };

interface RawNumber {
  value: number;
  /** Lower-case unit word with filler words removed; '' when there was none. */
  unit: string;
}

const NUMBER =
  /^([+-]?)\s*(\d{1,3}(?:[ ,]\d{3})+(?:\.\d*)?|\d+(?:[.,]\d*)?|[.,]\d+)(?:e([+-]?\d+))?\s*([a-z][a-z ]*)?\.?$/;

/**
 * Splits typed text into a number and a unit. Accepts thousands separators ("8,192", "7 000"),
 * a decimal comma ("1,5"), exponents ("7e9"), a leading sign and Unicode minus signs, and drops
 * the filler words given (such as "parameters" or "of RAM"). Returns undefined for anything else.
 */
export function readNumber(input: string, filler: readonly string[] = []): RawNumber | undefined {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/_/g, '')
    .replace(/\s+/g, ' ');
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign = '', digits = '', exponent, unitText = ''] = match;
  const grouped = /^\d{1,3}(?:[ ,]\d{3})+/.test(digits);
  const plain = grouped ? digits.replace(/[ ,]/g, '') : digits.replace(',', '.');
  let value = Number(plain) * (exponent ? 10 ** Number(exponent) : 1);
  if (!Number.isFinite(value)) return undefined;
  if (sign === '-') value = -value;
  const unit = unitText
    .split(' ')
    .filter((word) => word && !filler.includes(word))
    .join(' ');
  return { value, unit };
}

const en = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat('en-US', options);
const threeDigits = en({ maximumSignificantDigits: 3 });
const whole = en({ maximumFractionDigits: 0 });

/** "8.03 billion", "500 million", "1.5 trillion": a parameter count in words, three significant digits. */
export function formatParameters(count: number): string {
  if (count >= 1e12) return `${threeDigits.format(count / 1e12)} trillion`;
  if (count >= 1e9) return `${threeDigits.format(count / 1e9)} billion`;
  if (count >= 1e6) return `${threeDigits.format(count / 1e6)} million`;
  return whole.format(count);
}

/** A whole number with thousands separators: "8,192". */
export function formatWhole(n: number): string {
  return whole.format(n);
}

export const PARAMETER_RANGE = { min: 1e7, max: 2e12 } as const;

const PARAMETER_UNITS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  trillions: 1e12,
};

/**
 * A model's parameter count. A bare number below 10,000 is read as billions, because that is how
 * model sizes are written ("8" means 8B); a larger bare number is a plain count.
 */
export function readParameterCount(input: string): Reading {
  const range = 'The calculator covers 0.01B (10 million) to 2,000B (2 trillion) parameters.';
  if (!input.trim()) return { ok: false, message: 'Enter the number of parameters, for example 8B or 70 billion.' };
  const raw = readNumber(input, ['parameters', 'parameter', 'params', 'param', 'weights']);
  if (!raw) return { ok: false, message: `“${input.trim()}” is not a number of parameters. Try 8, 8B, 70 billion or 500M.` };
  const scale = raw.unit === '' ? (Math.abs(raw.value) < 1e4 ? 1e9 : 1) : PARAMETER_UNITS[raw.unit];
  if (scale === undefined) {
    return { ok: false, message: `The unit “${raw.unit}” is not one the calculator knows. Use B for billions or M for millions, as in 8B or 500M.` };
  }
  const count = raw.value * scale;
  if (count <= 0) return { ok: false, message: 'The number of parameters has to be more than zero.' };
  if (count < PARAMETER_RANGE.min) return { ok: false, message: `That is only ${formatParameters(count)} parameters. ${range}` };
  if (count > PARAMETER_RANGE.max) {
    const size = count < 1e15 ? `That is ${formatParameters(count)} parameters` : 'That is far more parameters than any model has';
    return { ok: false, message: `${size}, beyond the calculator's range. ${range}` };
  }
  return { ok: true, value: count, understood: `Read as ${formatParameters(count)} parameters.` };
}

export const CONTEXT_RANGE = { min: 1, max: 10 * 1024 * 1024 } as const;

/** Context length in tokens. "k" and "m" are binary here, as in "8k" = 8,192 and "128k" = 131,072. */
export function readContextLength(input: string): Reading {
  const range = `Use a length from 1 to ${formatWhole(CONTEXT_RANGE.max)} tokens (10M).`;
  if (!input.trim()) return { ok: false, message: 'Enter a context length in tokens, for example 8192 or 8k.' };
  const raw = readNumber(input, ['tokens', 'token', 'of', 'context']);
  if (!raw) return { ok: false, message: `“${input.trim()}” is not a context length. Try 4096, 8k or 128k.` };
  const scale = ({ '': 1, k: 1024, m: 1024 * 1024 } as Record<string, number>)[raw.unit];
  if (scale === undefined) return { ok: false, message: `The unit “${raw.unit}” is not one the calculator knows. Write tokens, or k for 1,024 tokens, as in 8k.` };
  const tokens = Math.round(raw.value * scale);
  if (tokens < CONTEXT_RANGE.min) return { ok: false, message: `The context has to hold at least one token. ${range}` };
  if (tokens > CONTEXT_RANGE.max) return { ok: false, message: `${formatWhole(tokens)} tokens is beyond the calculator's range. ${range}` };
  return { ok: true, value: tokens, understood: `Read as ${formatWhole(tokens)} tokens.` };
}

/** Bytes in one gigabyte as memory is sold (a binary gigabyte, 1,024³ bytes). */
export const GIB = 1024 ** 3;
export const MEMORY_RANGE = { min: 1024 ** 2, max: 16 * 1024 * GIB } as const;

const MEMORY_UNITS: Record<string, number> = {
  '': GIB,
  g: GIB,
  gb: GIB,
  gib: GIB,
  gigabyte: GIB,
  gigabytes: GIB,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  megabytes: 1024 ** 2,
  t: 1024 * GIB,
  tb: 1024 * GIB,
  tib: 1024 * GIB,
  terabyte: 1024 * GIB,
  terabytes: 1024 * GIB,
};

/**
 * Memory a reader has, in bytes. RAM and graphics memory are sold in binary units, so "16 GB"
 * is read as 16 × 1,024³ bytes. A bare number means gigabytes.
 */
export function readMemory(input: string): Reading {
  const range = 'Use an amount from 1 MB to 16 TB.';
  const raw = readNumber(input, ['of', 'ram', 'vram', 'memory', 'unified']);
  if (!raw) return { ok: false, message: `“${input.trim()}” is not an amount of memory. Try 16, 16 GB or 24GB.` };
  const scale = MEMORY_UNITS[raw.unit];
  if (scale === undefined) return { ok: false, message: `The unit “${raw.unit}” is not one the calculator knows. Use GB, MB or TB, as in 16 GB.` };
  const bytes = raw.value * scale;
  if (bytes <= 0) return { ok: false, message: 'The amount of memory has to be more than zero.' };
  if (bytes < MEMORY_RANGE.min) return { ok: false, message: `That is less than 1 MB. ${range}` };
  if (bytes > MEMORY_RANGE.max) return { ok: false, message: `That is more memory than the calculator covers. ${range}` };
  return { ok: true, value: bytes, understood: `Read as ${formatMemoryAsSold(bytes)}, which is ${formatGB(bytes)} in the units used here.` };
}

/** A whole number within limits, for counts such as layers or heads. */
export function readWholeNumber(input: string, { min, max, noun }: { min: number; max: number; noun: string }): Reading {
  if (!input.trim()) return { ok: false, message: `Enter the number of ${noun}.` };
  const raw = readNumber(input, noun.toLowerCase().split(' '));
  if (!raw || raw.unit !== '') return { ok: false, message: `Enter the number of ${noun} as a whole number, for example ${min === 1 ? 32 : min}.` };
  if (!Number.isInteger(raw.value)) return { ok: false, message: `The number of ${noun} has to be a whole number.` };
  if (raw.value < min || raw.value > max) return { ok: false, message: `The number of ${noun} has to be between ${formatWhole(min)} and ${formatWhole(max)}.` };
  return { ok: true, value: raw.value, understood: `${formatWhole(raw.value)} ${noun}.` };
}

const oneDecimal = en({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = en({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Bytes as decimal gigabytes (10⁹ bytes, the unit model downloads are listed in): two decimals
 * below 1 GB, one below 100 GB, none above.
 */
export function formatGB(bytes: number): string {
  const gb = bytes / 1e9;
  if (gb < 1) return `${twoDecimals.format(gb)} GB`;
  if (gb < 100) return `${oneDecimal.format(gb)} GB`;
  return `${whole.format(gb)} GB`;
}

/** Bytes in the binary units memory is sold in: "16 GB", "512 MB", "1.5 TB". */
export function formatMemoryAsSold(bytes: number): string {
  const short = en({ maximumFractionDigits: 2 });
  if (bytes >= 1024 * GIB) return `${short.format(bytes / (1024 * GIB))} TB`;
  if (bytes >= GIB) return `${short.format(bytes / GIB)} GB`;
  return `${short.format(bytes / 1024 ** 2)} MB`;
}
