/** The interactive tools: their pages under /tools/ and the articles that embed them. */
export const TOOLS = [
  {
    slug: 'memory-calculator',
    title: 'Will it fit? A memory calculator',
    description:
      'Work out how much memory an open-weight model needs for its weights and KV cache, at any size, precision and context length, and whether it fits in yours.',
    articles: ['running-models-locally', 'quantization'],
  },
  {
    slug: 'license-checker',
    title: 'Can I use it for this? A license checker',
    description:
      'Describe your plan and the kind of license a model comes under, and get the parts of the license text to read, with what they usually say. Not legal advice.',
    articles: ['reading-a-model-license'],
  },
  {
    slug: 'openness-explorer',
    title: 'Openness explorer',
    description:
      'Step along the openness spectrum to see what each kind of AI release hands over, what you can and cannot do with it, and which model families sit there.',
    articles: ['openness-spectrum'],
  },
] as const;

export type ToolSlug = (typeof TOOLS)[number]['slug'];

export function tool(slug: ToolSlug): (typeof TOOLS)[number] {
  return TOOLS.find((t) => t.slug === slug) as (typeof TOOLS)[number];
}
