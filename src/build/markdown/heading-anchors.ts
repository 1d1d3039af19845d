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

/**
 * Satteri hast plugin: each h2 and h3 of the documents `include` accepts goes into a
 * `div.heading-wrap` with its copy link after it. Beside the heading, not inside it, so the
 * heading's text, which the page's outline and search read, stays clean. Needs heading ids:
 * run it after `satteriHeadingIdsPlugin()`; a heading without an id gets no link.
 */
export function headingAnchors({ include }: { include: (path: string) => boolean }): HastPluginEntry {
  return (doc) => {
    const file = doc.fileURL ? decodeURIComponent(doc.fileURL.pathname) : '';
    if (!include(file)) return null;
    return defineHastPlugin({
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3'],
        visit(heading, ctx) {
          const id = heading.properties?.['id'];
          if (typeof id !== 'string' || !id) return;
          ctx.wrapNode(heading, { type: 'element', tagName: 'div', properties: { className: ['heading-wrap'] }, children: [anchorLink(id)] });
        },
      },
    });
  };
}
