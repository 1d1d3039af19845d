import { defineHastPlugin } from 'satteri';

/**
 * Satteri hast plugin for tables written in Markdown (worked examples, not comparisons, which use
 * <ComparisonTable>): header cells get scope="col", and each table scrolls inside its own
 * focusable region (a <section> named after its columns), so a narrow screen never scrolls sideways.
 */
export const markdownTables = defineHastPlugin({
  name: 'markdown-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      // Header cells are set from here rather than from a visitor of their own: a second visitor
      // costs a callback and two parent lookups per cell, a third of this plugin's build time.
      let columns = '';
      for (const group of node.children) {
        if (group.type !== 'element' || (group.tagName !== 'thead' && group.tagName !== 'tbody')) continue;
        for (const row of group.children) {
          if (row.type !== 'element' || row.tagName !== 'tr') continue;
          const cells = row.children.filter((c) => c.type === 'element');
          if (group.tagName === 'thead' && !columns) columns = cells.map((c) => ctx.textContent(c).replace(/\s+/g, ' ').trim()).join(', ');
          for (const cell of cells) if (cell.tagName === 'th') ctx.setProperty(cell, 'scope', group.tagName === 'thead' ? 'col' : 'row');
        }
      }
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'section',
        properties: { className: ['md-table'], tabIndex: 0, ariaLabel: `Table: ${columns}`.slice(0, 120) },
        children: [],
      });
    },
  },
});
