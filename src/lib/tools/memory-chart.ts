/**
 * The calculator's bar chart as SVG markup, so the page and the script draw the same picture.
 * Widths are percentages and there is no viewBox: bars stretch with the page while the text
 * keeps its size, from a 320 px phone to a wide screen.
 */
import type { MemoryEstimate } from './memory';
import { formatGB } from './quantity';
import { escapeHtml } from '../escape-html';

const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;

export interface ChartBar {
  kind: 'weights' | 'kv' | 'overhead' | 'memory';
  /** Start and width as shares of the chart's width (0–1). */
  x: number;
  width: number;
}

/** Bar geometry: the needed stack, and the reader's memory when known, on one shared scale. */
export function chartBars(e: MemoryEstimate, memoryBytes?: number): { scale: number; needed: ChartBar[]; memory?: ChartBar } {
  const scale = Math.max(e.total, memoryBytes ?? 0);
  const share = (n: number) => n / scale;
  const needed: ChartBar[] = [
    { kind: 'weights', x: 0, width: share(e.weights) },
    { kind: 'kv', x: share(e.weights), width: share(e.kvCache) },
    { kind: 'overhead', x: share(e.weights + e.kvCache), width: share(e.overhead) },
  ];
  return memoryBytes ? { scale, needed, memory: { kind: 'memory', x: 0, width: share(memoryBytes) } } : { scale, needed };
}

/** `id` keeps pattern and title ids unique when a page holds more than one calculator. */
export function memoryChartSvg(e: MemoryEstimate, memoryBytes: number | undefined, id: string): string {
  const { needed, memory } = chartBars(e, memoryBytes);
  const title = `Bar chart. Needed: ${formatGB(e.total)}, made of weights ${formatGB(e.weights)}, KV cache ${formatGB(e.kvCache)} and working margin ${formatGB(e.overhead)}.${
    memoryBytes ? ` Your memory: ${formatGB(memoryBytes)}.` : ''
  }`;
  const fill = { weights: 'class="bar-weights"', kv: `fill="url(#${id}-hatch)" class="bar-kv"`, overhead: `fill="url(#${id}-dots)" class="bar-overhead"`, memory: 'class="bar-memory"' };
  const rect = (bar: ChartBar, y: number) =>
    bar.width > 0 ? `<rect x="${pct(bar.x)}" y="${y}" width="${pct(bar.width)}" height="26" ${fill[bar.kind]}></rect>` : '';
  const height = memory ? 104 : 50;
  const parts = [
    `<svg class="mem-chart" width="100%" height="${height}" role="img" aria-labelledby="${id}-chart-title">`,
    `<title id="${id}-chart-title">${escapeHtml(title)}</title>`,
    '<defs>',
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"></rect><rect width="2.5" height="6" class="hatch-line"></rect></pattern>`,
    `<pattern id="${id}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="dots-bg"></rect><circle cx="3" cy="3" r="1.4" class="dots-dot"></circle></pattern>`,
    '</defs>',
    `<text x="0" y="14" class="chart-label">Needed: ${escapeHtml(formatGB(e.total))}</text>`,
    ...needed.map((bar) => rect(bar, 20)),
  ];
  if (memory && memoryBytes) {
    parts.push(`<text x="0" y="68" class="chart-label">Your memory: ${escapeHtml(formatGB(memoryBytes))}</text>`, rect(memory, 74));
    const edge = pct(Math.min(memory.width, 0.998));
    parts.push(`<line x1="${edge}" x2="${edge}" y1="18" y2="102" class="memory-edge"></line>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
