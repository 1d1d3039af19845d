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
      // Markdown tables have header cells in their first row only, inside <thead>. Each child read
      // from the tree costs a copy into JavaScript, so the body rows are never read.
      const head = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
      const row = head?.type === 'element' ? head.children.find((c) => c.type === 'element' && c.tagName === 'tr') : undefined;
      const cells = row?.type === 'element' ? row.children.filter((c) => c.type === 'element') : [];
      for (const cell of cells) if (cell.tagName === 'th') ctx.setProperty(cell, 'scope', 'col');
      const columns = cells.map((c) => ctx.textContent(c).replace(/\s+/g, ' ').trim()).join(', ');
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'section',
        properties: { className: ['md-table'], tabIndex: 0, ariaLabel: `Table: ${columns}`.slice(0, 120) },
        children: [],
      });
    },
  },
});
