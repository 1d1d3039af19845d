import { describe, expect, it } from 'vitest';
import {
  formatGB,
  formatMemoryAsSold,
  formatParameters,
  readContextLength,
  readMemory,
  readNumber,
  readParameterCount,
  readWholeNumber,
  type Reading,
} from '@/lib/tools/quantity';

const value = (r: Reading) => (r.ok ? r.value : `error: ${r.message}`);
const message = (r: Reading) => (r.ok ? `ok: ${r.value}` : r.message);

describe('readNumber', () => {
  it.each([
    ['8', 8, ''],
    ['  8.03 ', 8.03, ''],
    ['8,192', 8192, ''],
    ['7 000 000 000', 7e9, ''],
    ['1,5', 1.5, ''],
    ['1,500', 1500, ''],
    ['.5', 0.5, ''],
    ['7e9', 7e9, ''],
    ['70 b', 70, 'b'],
    ['405B', 405, 'b'],
    ['1.5 Billion', 1.5, 'billion'],
    ['−7', -7, ''],
    ['+3', 3, ''],
    ['8.', 8, ''],
    ['8b.', 8, 'b'],
  ])('reads %j as %d with unit %j', (input, n, unit) => {
    expect(readNumber(input)).toEqual({ value: n, unit });
  });
  it('drops filler words but keeps the unit', () => {
    expect(readNumber('1.5 billion parameters', ['parameters'])).toEqual({ value: 1.5, unit: 'billion' });
    expect(readNumber('24GB VRAM', ['vram'])).toEqual({ value: 24, unit: 'gb' });
  });
  it.each(['', 'abc', 'Llama 8B', '8..2', '1e999', '7-8B', '--7'])('rejects %j', (input) => {
    expect(readNumber(input)).toBeUndefined();
  });
});

describe('readParameterCount', () => {
  it.each([
    ['7B', 7e9],
    ['70 b', 70e9],
    ['1.5 billion', 1.5e9],
    ['405B', 405e9],
    ['8', 8e9],
    ['8.03', 8.03e9],
    ['0.5', 0.5e9],
    ['500M', 500e6],
    ['500 million params', 500e6],
    ['1.2T', 1.2e12],
    ['8030261248', 8_030_261_248],
    ['8,030,261,248', 8_030_261_248],
    ['70bn', 70e9],
  ])('understands %j', (input, expected) => {
    expect(value(readParameterCount(input))).toBeCloseTo(expected, -3);
  });
  it('says how it read the input', () => {
    expect(readParameterCount('70 b')).toEqual({ ok: true, value: 70e9, understood: 'Read as 70 billion parameters.' });
    expect(readParameterCount('8030261248')).toMatchObject({ understood: 'Read as 8.03 billion parameters.' });
  });
  it('explains each kind of bad input', () => {
    expect(message(readParameterCount(''))).toBe('Enter the number of parameters, for example 8B or 70 billion.');
    expect(message(readParameterCount('seven'))).toBe('“seven” is not a number of parameters. Try 8, 8B, 70 billion or 500M.');
    expect(message(readParameterCount('7 GB'))).toBe('The unit “gb” is not one the calculator knows. Use B for billions or M for millions, as in 8B or 500M.');
    expect(message(readParameterCount('-7B'))).toBe('The number of parameters has to be more than zero.');
    expect(message(readParameterCount('0'))).toBe('The number of parameters has to be more than zero.');
    expect(message(readParameterCount('5M'))).toBe('That is only 5 million parameters. The calculator covers 0.01B (10 million) to 2,000B (2 trillion) parameters.');
    expect(message(readParameterCount('70000'))).toMatch(/^That is only 70,000 parameters\./);
    expect(message(readParameterCount('3T'))).toBe(
      "That is 3 trillion parameters, beyond the calculator's range. The calculator covers 0.01B (10 million) to 2,000B (2 trillion) parameters.",
    );
    expect(message(readParameterCount('1e30'))).toMatch(/^That is far more parameters than any model has,/);
  });
});

describe('readContextLength', () => {
  it.each([
    ['8192', 8192],
    ['8,192', 8192],
    ['8k', 8192],
    ['8 K', 8192],
    ['128k', 131_072],
    ['1M', 1_048_576],
    ['4096 tokens', 4096],
    ['100.4', 100],
  ])('understands %j as %d tokens', (input, tokens) => {
    expect(value(readContextLength(input))).toBe(tokens);
  });
  it('explains bad input', () => {
    expect(message(readContextLength(''))).toBe('Enter a context length in tokens, for example 8192 or 8k.');
    expect(message(readContextLength('long'))).toBe('“long” is not a context length. Try 4096, 8k or 128k.');
    expect(message(readContextLength('0'))).toBe('The context has to hold at least one token. Use a length from 1 to 10,485,760 tokens (10M).');
    expect(message(readContextLength('-8k'))).toMatch(/^The context has to hold at least one token\./);
    expect(message(readContextLength('11M'))).toBe("11,534,336 tokens is beyond the calculator's range. Use a length from 1 to 10,485,760 tokens (10M).");
    expect(message(readContextLength('8 pages'))).toMatch(/^The unit “pages”/);
  });
});

describe('readMemory', () => {
  const GiB = 1024 ** 3;
  it.each([
    ['16', 16 * GiB],
    ['16 GB', 16 * GiB],
    ['16gb of RAM', 16 * GiB],
    ['24GB VRAM', 24 * GiB],
    ['24 GiB', 24 * GiB],
    ['512 MB', 512 * 1024 ** 2],
    ['1.5 TB', 1.5 * 1024 * GiB],
  ])('reads %j in the binary units memory is sold in', (input, bytes) => {
    expect(value(readMemory(input))).toBe(bytes);
  });
  it('tells the reader both the unit they typed and the decimal gigabytes used in results', () => {
    expect(readMemory('16')).toEqual({ ok: true, value: 16 * GiB, understood: 'Read as 16 GB, which is 17.2 GB in the units used here.' });
  });
  it('explains bad input', () => {
    expect(message(readMemory('lots'))).toBe('“lots” is not an amount of memory. Try 16, 16 GB or 24GB.');
    expect(message(readMemory('-16'))).toBe('The amount of memory has to be more than zero.');
    expect(message(readMemory('0 GB'))).toBe('The amount of memory has to be more than zero.');
    expect(message(readMemory('16 kB'))).toBe('The unit “kb” is not one the calculator knows. Use GB, MB or TB, as in 16 GB.');
    expect(message(readMemory('0.5 MB'))).toBe('That is less than 1 MB. Use an amount from 1 MB to 16 TB.');
    expect(message(readMemory('20 TB'))).toBe('That is more memory than the calculator covers. Use an amount from 1 MB to 16 TB.');
  });
});

describe('readWholeNumber', () => {
  const layers = { min: 1, max: 1000, noun: 'layers' };
  it('accepts whole numbers, with the noun typed after them', () => {
    expect(value(readWholeNumber('32', layers))).toBe(32);
    expect(value(readWholeNumber('80 layers', layers))).toBe(80);
    expect(value(readWholeNumber('8 KV heads', { min: 1, max: 1024, noun: 'KV heads' }))).toBe(8);
  });
  it('explains bad input', () => {
    expect(message(readWholeNumber('', layers))).toBe('Enter the number of layers.');
    expect(message(readWholeNumber('32.5', layers))).toBe('The number of layers has to be a whole number.');
    expect(message(readWholeNumber('0', layers))).toBe('The number of layers has to be between 1 and 1,000.');
    expect(message(readWholeNumber('5000', layers))).toBe('The number of layers has to be between 1 and 1,000.');
    expect(message(readWholeNumber('many', layers))).toBe('Enter the number of layers as a whole number, for example 32.');
  });
});

describe('formatting', () => {
  it('writes parameter counts in words with three significant digits', () => {
    expect(formatParameters(8_030_261_248)).toBe('8.03 billion');
    expect(formatParameters(70_553_706_496)).toBe('70.6 billion');
    expect(formatParameters(405_853_388_800)).toBe('406 billion');
    expect(formatParameters(500e6)).toBe('500 million');
    expect(formatParameters(1.5e12)).toBe('1.5 trillion');
  });
  it('writes sizes in decimal gigabytes with precision that suits the size', () => {
    expect(formatGB(67_108_864)).toBe('0.07 GB');
    expect(formatGB(4_908_497_182)).toBe('4.9 GB');
    expect(formatGB(16_060_522_496)).toBe('16.1 GB');
    expect(formatGB(141_107_412_992)).toBe('141 GB');
    expect(formatGB(1_625_100_000_000)).toBe('1,625 GB');
  });
  it('writes memory in the binary units it is sold in', () => {
    expect(formatMemoryAsSold(16 * 1024 ** 3)).toBe('16 GB');
    expect(formatMemoryAsSold(512 * 1024 ** 2)).toBe('512 MB');
    expect(formatMemoryAsSold(1.5 * 1024 ** 4)).toBe('1.5 TB');
  });
});
