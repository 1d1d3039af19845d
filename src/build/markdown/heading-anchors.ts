import Slugger from 'github-slugger';
import { defineHastPlugin, type HastParentContent, type HastPluginEntry } from 'satteri';

/** The link a heading carries to itself, for readers to copy (src/client/page-init.ts copies on click). */
function anchorLink(id: string): HastParentContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataCopyLink: true, dataPagefindIgnore: true },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Copy link to this section' }] },
    ],
  };
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const ANCHORED = new Set(['h2', 'h3']);

/**
 * Satteri hast plugin: in the documents `include` accepts, each h2 and h3 goes into a
 * `div.heading-wrap` with its copy link after it. Beside the heading, not inside it, so the
 * heading's text, which the page's outline and search read, stays clean.
 *
 * The anchors need ids, which Astro's own ids pass only adds after every plugin; so this pass
 * gives every heading its id first, with the same slugger, in the same order, and Astro's pass
 * then keeps them. One pass for both: a separate ids pass cost a walk of each article.
 */
export function headingAnchors({ include }: { include: (path: string) => boolean }): HastPluginEntry {
  return (doc) => {
    const file = doc.fileURL ? decodeURIComponent(doc.fileURL.pathname) : '';
    if (!include(file)) return null;
    const slugger = new Slugger();
    return defineHastPlugin({
      name: 'heading-anchors',
      element: {
        filter: HEADINGS,
        visit(heading, ctx) {
          const existing = heading.properties?.['id'];
          const text = ctx.textContent(heading);
          // Headings that print front matter get their text, and so their id, from Astro's pass.
          if (typeof existing !== 'string' && text.includes('frontmatter')) return;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(heading, 'id', id);
          if (ANCHORED.has(heading.tagName) && id) {
            ctx.wrapNode(heading, { type: 'element', tagName: 'div', properties: { className: ['heading-wrap'] }, children: [anchorLink(id)] });
          }
        },
      },
    });
  };
}
