import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledThemes, createHighlighter, type ShikiTransformer, type ThemeRegistration } from 'shiki';
import { lightDarkTheme, untimedTokenizer } from '@/build/markdown/code-theme';

const theme = (name: string, fg: string, bg: string, rules: [string, string | undefined, string?][]): ThemeRegistration => ({
  name,
  type: 'light',
  colors: { 'editor.foreground': fg, 'editor.background': bg },
  tokenColors: rules.map(([scope, foreground, fontStyle]) => ({ scope, settings: { ...(foreground && { foreground }), ...(fontStyle && { fontStyle }) } })),
});

describe('light-dark code theme', () => {
  it('pairs each rule’s light and dark colours and keeps font styles', () => {
    const light = theme('l', '#111111', '#ffffff', [['keyword', '#aa0000'], ['markup.italic', undefined, 'italic']]);
    const dark = theme('d', '#eeeeee', '#000000', [['keyword', '#ff8888'], ['markup.italic', undefined, 'italic']]);
    const both = lightDarkTheme('both', light, dark);
    expect(both.colors).toEqual({ 'editor.foreground': 'light-dark(#111111, #eeeeee)', 'editor.background': 'light-dark(#ffffff, #000000)' });
    expect(both.tokenColors).toEqual([
      { scope: 'keyword', settings: { foreground: 'light-dark(#aa0000, #ff8888)' } },
      { scope: 'markup.italic', settings: { fontStyle: 'italic' } },
    ]);
  });

  it('refuses two themes whose rules differ, naming them and where', () => {
    const light = theme('github-light', '#111111', '#ffffff', [['keyword', '#aa0000'], ['string', '#00aa00']]);
    const dark = theme('monokai', '#eeeeee', '#000000', [['keyword', '#ff8888'], ['comment', '#888888']]);
    expect(() => lightDarkTheme('x', light, dark)).toThrow(/"github-light" and "monokai" do not have the same rules \(they differ at rule 1\)/);
  });

  it('gives every colour of GitHub’s default themes a dark counterpart', async () => {
    const [light, dark] = await Promise.all([bundledThemes['github-light-default'](), bundledThemes['github-dark-default']()]);
    const both = lightDarkTheme('github-light-dark', light.default, dark.default);
    const colours = (both.tokenColors ?? []).flatMap((r) => [r.settings.foreground, r.settings.background]).filter(Boolean);
    expect(colours.length).toBeGreaterThan(40);
    expect(colours.filter((c) => !/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i.test(c as string))).toEqual([]);
  });
});

describe('highlighting on a busy machine', () => {
  afterEach(() => vi.restoreAllMocks());

  // The line a loaded build once printed as a string, word by word, instead of a comment.
  const code = '# Run a GGUF file you already have, with its chat template\nllama-server -m ./model.gguf --port 8080';

  it('tokenises every line completely however long a line takes', async () => {
    const highlighter = await createHighlighter({ langs: ['shellscript'], themes: ['github-light-default'] });
    const html = (transformers: ShikiTransformer[]) => highlighter.codeToHtml(code, { lang: 'shellscript', theme: 'github-light-default', transformers });
    const quiet = html([untimedTokenizer]);
    expect(quiet).toContain('# Run a GGUF file you already have, with its chat template</span>');

    // A clock that moves a second at every reading: each line outlasts any time limit.
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    expect(html([]), 'the slow clock should make Shiki\'s own time limit cut lines short').not.toBe(quiet);
    expect(html([untimedTokenizer])).toBe(quiet);
  });
});
