// A page opened from a search result (?highlight=…): mark the searched words, whole words only and
// never a word such as "is" or "the", then take the highlight parameters out of the address, so a
// link the reader copies from the address bar is the page's own. Loaded by the inline page script
// only when the address asks for highlighting.
import { isMeaningful } from '../../lib/search-query';

type Highlighter = new (options: object) => unknown;
const HIGHLIGHTER = '/pagefind/pagefind-highlight.js';

const url = new URL(location.href);
const words = [...new Set(url.searchParams.getAll('highlight').filter(isMeaningful))];
url.searchParams.delete('highlight');
const clean = `${url.pathname}${url.search}${url.hash}`;

if (words.length) {
  // Pagefind's highlighter reads its words from the address: give it the meaningful ones and their
  // plurals ("license" also marks "licenses"), then put the clean address back.
  const marked = new URL(clean, location.href);
  for (const w of words) {
    marked.searchParams.append('highlight', w);
    marked.searchParams.append('highlight', `${w}s`);
  }
  history.replaceState(history.state, '', `${marked.pathname}${marked.search}${marked.hash}`);
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHTER)) as { default: Highlighter };
  new PagefindHighlight({
    highlightParam: 'highlight',
    markContext: '[data-pagefind-body]',
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      // Whole words only: "is" never marks the middle of "this".
      accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’/'] },
    },
  });
}
history.replaceState(history.state, '', clean);
