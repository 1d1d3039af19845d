// A page opened from a search result (?highlight=…): mark the searched words, whole words only and
// never a word such as "is" or "the", and take the highlight parameters out of the address, so a
// link the reader copies from the address bar is the page's own. Loaded by the inline page script
// only when the address asks for highlighting.
import { isMeaningful } from '../../lib/search-query';

interface Highlighter {
  createMarkInstance(): unknown;
  markText(instance: unknown, words: string[]): void;
}
const HIGHLIGHTER = '/pagefind/pagefind-highlight.js';

const url = new URL(location.href);
const words = [...new Set(url.searchParams.getAll('highlight').filter(isMeaningful))];
url.searchParams.delete('highlight');
// The address loses its highlight parameters at once, in one step, before anything else happens.
history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);

if (words.length) {
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHTER)) as { default: new (options: object) => Highlighter };
  // Built with a parameter no address has, so it marks nothing by itself; the words are given below,
  // with their plurals ("license" also marks "licenses").
  const highlighter = new PagefindHighlight({
    highlightParam: 'no-such-parameter',
    markContext: '[data-pagefind-body]',
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      // Whole words only: "is" never marks the middle of "this".
      accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’/'] },
      separateWordSearch: false,
    },
  });
  highlighter.markText(highlighter.createMarkInstance(), words.flatMap((w) => [w, `${w}s`]));
}
