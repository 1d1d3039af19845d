import { AstroError } from 'astro/errors';
import { getSiteContent } from './content';
import { DEFAULT_CASE, presetsFrom } from '@/lib/tools/memory';

/** The memory calculator's presets, from the sizes content/models marks as presets. */
export async function loadPresets(): Promise<ReturnType<typeof presetsFrom>> {
  const { models } = await getSiteContent();
  const presets = presetsFrom(models.map((m) => ({ id: m.id, name: m.data.name, card: m.data.card, sizes: m.data.sizes })));
  if (!presets.some((p) => p.id === DEFAULT_CASE.presetId)) {
    throw new AstroError(
      `The memory calculator's worked example uses the preset "${DEFAULT_CASE.presetId}", which no size in content/models provides.`,
      `Mark that size \`preset: true\` (with its layout), or change DEFAULT_CASE in src/lib/tools/memory.ts. Presets now: ${presets.map((p) => p.id).join(', ')}.`,
    );
  }
  return presets;
}
