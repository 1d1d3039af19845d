/** Browser side of the memory calculator: reads the fields, recomputes, redraws. */
import {
  estimateMemory,
  KV_PRECISIONS,
  memoryReport,
  nearestPreset,
  parameterFieldText,
  PRECISIONS,
  type ModelPreset,
} from '@/lib/tools/memory';
import { memoryChartSvg } from '@/lib/tools/memory-chart';
import { readContextLength, readMemory, readParameterCount, readWholeNumber, type Reading } from '@/lib/tools/quantity';
import { announcer, mountAll, part, showReading } from './tool-dom';

const LAYOUT = {
  layers: { min: 1, max: 1000, noun: 'layers' },
  'kv-heads': { min: 1, max: 1024, noun: 'KV heads' },
  'head-dim': { min: 1, max: 4096, noun: 'numbers per head' },
} as const;
type LayoutField = keyof typeof LAYOUT;

function mount(root: HTMLElement): void {
  const field = <T extends HTMLElement>(name: string) => part<T>(root, 'data-field', name);
  const out = (name: string) => part(root, 'data-out', name);
  const model = field<HTMLSelectElement>('model');
  const parameters = field<HTMLInputElement>('parameters');
  const precision = field<HTMLSelectElement>('precision');
  const context = field<HTMLInputElement>('context');
  const kv = field<HTMLSelectElement>('kv');
  const memory = field<HTMLInputElement>('memory');
  const layout = Object.fromEntries((Object.keys(LAYOUT) as LayoutField[]).map((name) => [name, field<HTMLInputElement>(name)])) as Record<
    LayoutField,
    HTMLInputElement
  >;
  // The presets come with the page: each option of the model menu carries its size and layout
  // (from content/models), so this module holds no model data of its own.
  const presets: ModelPreset[] = [...model.options].flatMap((o) => {
    const n = (key: string) => Number(o.dataset[key]);
    return o.dataset['parameters']
      ? [{ id: o.value, name: o.text.trim(), parameters: n('parameters'), shape: { layers: n('layers'), kvHeads: n('kvHeads'), headDim: n('headDim') } }]
      : [];
  });
  const findPreset = (id: string) => presets.find((x) => x.id === id);
  const result = out('result');
  const announce = announcer(out('announce'));
  /** Whether the reader typed their own layout, which a change of size must then leave alone. */
  let ownLayout = false;
  /** Fields the reader has edited; only those say how their input was read. */
  const edited = new Set<HTMLInputElement>();

  const setLayout = (preset: ModelPreset) => {
    layout.layers.value = String(preset.shape.layers);
    layout['kv-heads'].value = String(preset.shape.kvHeads);
    layout['head-dim'].value = String(preset.shape.headDim);
  };

  function update(strict: boolean): void {
    const readings: [HTMLInputElement, Reading, boolean][] = [
      [parameters, readParameterCount(parameters.value), edited.has(parameters)],
      [context, readContextLength(context.value), edited.has(context)],
      [memory, memory.value.trim() ? readMemory(memory.value) : { ok: true, value: 0, understood: '' }, edited.has(memory)],
      ...(Object.keys(LAYOUT) as LayoutField[]).map((name): [HTMLInputElement, Reading, boolean] => [layout[name], readWholeNumber(layout[name].value, LAYOUT[name]), false]),
    ];
    for (const [input, reading, okText] of readings) showReading(input, part(root, 'data-message', input.dataset['field'] ?? ''), reading, strict, okText);
    const [p, c, m, layers, heads, dim] = readings.map(([, r]) => r);
    if (!p?.ok || !c?.ok || !m?.ok || !layers?.ok || !heads?.ok || !dim?.ok) {
      result.setAttribute('data-stale', '');
      out('verdict').textContent = 'Correct the field marked above to update the result.';
      setBadge('…', 'Waiting', 'no-memory');
      return;
    }
    result.removeAttribute('data-stale');
    const preset = findPreset(model.value);
    let shape = { layers: layers.value, kvHeads: heads.value, headDim: dim.value };
    if (!preset && !ownLayout) {
      const nearest = nearestPreset(p.value, presets);
      setLayout(nearest);
      shape = nearest.shape;
      out('layout-note').textContent = `Layout borrowed from ${nearest.name}, the listed model closest in size. Enter your model's own values if you know them.`;
    }
    const current = {
      parameters: p.value,
      precision: PRECISIONS.find((x) => x.id === precision.value) ?? (PRECISIONS[0] as (typeof PRECISIONS)[number]),
      contextTokens: c.value,
      shape,
      kvBytesPerValue: KV_PRECISIONS.find((x) => x.id === kv.value)?.bytes ?? 2,
      memoryBytes: m.value || undefined,
    };
    const report = memoryReport(current, preset?.name);
    out('caption').textContent = report.caption;
    setBadge(report.verdict.symbol, report.verdict.word, report.verdict.kind);
    out('verdict').textContent = report.verdict.text;
    const suggestion = out('suggestion');
    suggestion.textContent = report.suggestion;
    suggestion.hidden = !report.suggestion;
    out('chart').innerHTML = memoryChartSvg(estimateMemory(current), current.memoryBytes, root.id);
    for (const [key, value] of [
      ['weights', report.weights],
      ['kv', report.kvCache],
      ['overhead', report.overhead],
    ] as const) {
      out(key).textContent = value.value;
      out(`${key}-detail`).textContent = value.detail;
    }
    out('total').textContent = report.total;
    announce(`${report.verdict.word}. ${report.verdict.text} ${report.suggestion}`.trim());
  }

  function setBadge(symbol: string, word: string, kind: string): void {
    out('badge').setAttribute('data-kind', kind);
    out('symbol').textContent = symbol;
    out('word').textContent = word;
  }

  model.addEventListener('change', () => {
    const preset = findPreset(model.value);
    if (preset) {
      parameters.value = parameterFieldText(preset.parameters);
      setLayout(preset);
      ownLayout = false;
      out('layout-note').textContent = `Layout of ${preset.name}, from its published configuration.`;
    }
    update(true);
  });
  parameters.addEventListener('input', () => {
    const preset = findPreset(model.value);
    if (preset && parameters.value.trim() !== parameterFieldText(preset.parameters)) model.value = 'custom';
  });
  for (const input of Object.values(layout)) {
    input.addEventListener('input', () => {
      ownLayout = true;
      model.value = 'custom';
      out('layout-note').textContent = 'Your own layout.';
    });
  }
  for (const control of [parameters, context, memory, ...Object.values(layout)]) {
    control.addEventListener('input', () => {
      edited.add(control);
      update(false);
    });
    control.addEventListener('change', () => update(true));
  }
  for (const control of [precision, kv]) control.addEventListener('change', () => update(true));
  // A model page links here with the model chosen: ?model=<preset> or, for a size that is not a
  // preset, ?parameters=<size> (its layout is then borrowed from the nearest preset).
  const asked = new URLSearchParams(location.search);
  const askedPreset = findPreset(asked.get('model') ?? '');
  if (askedPreset) {
    model.value = askedPreset.id;
    model.dispatchEvent(new Event('change'));
  } else if (asked.get('parameters')) {
    parameters.value = (asked.get('parameters') ?? '').slice(0, 40);
    model.value = 'custom';
    update(true);
  } else update(false);
}

mountAll('memory-calculator', mount);
