import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element } from 'hast';

/**
 * Satteri hast plugin for tables written in Markdown (worked examples, not comparisons, which use
 * <ComparisonTable>): header cells get scope="col", each table scrolls inside its own focusable
 * region (a <section> named after its columns), so a wide one never scrolls the page sideways,
 * and each is a `stack` table: on a narrow screen every row shows as a card, its first cell as the
 * label and each other cell after its column's name, taken from `data-label` (src/styles/tables.css).
 *
 * No node's children are read: reading them makes Satteri copy the document's whole tree into
 * JavaScript, which cost more than the rest of this plugin. Visitors see a table before its rows
 * and a row before its cells, and a Markdown table's only header cells are its column headings,
 * so each cell belongs to the last table and row seen; the tables are wrapped once their columns
 * are known.
 */
export const markdownTables: HastPluginEntry = () => {
  const tables: { table: Element; columns: string[]; cell: number }[] = [];
  return defineHastPlugin({
    name: 'markdown-tables',
    element: [
      {
        filter: ['table'],
        visit(table, ctx) {
          ctx.setProperty(table, 'className', ['stack']);
          tables.push({ table, columns: [], cell: 0 });
        },
      },
      {
        filter: ['tr'],
        visit() {
          const table = tables.at(-1);
          if (table) table.cell = 0;
        },
      },
      {
        filter: ['th'],
        visit(cell, ctx) {
          ctx.setProperty(cell, 'scope', 'col');
          tables.at(-1)?.columns.push(ctx.textContent(cell).replace(/\s+/g, ' ').trim());
        },
      },
      {
        filter: ['td'],
        visit(cell, ctx) {
          const table = tables.at(-1);
          if (!table) return;
          const column = table.cell++;
          const label = table.columns[column];
          if (column > 0 && label) ctx.setProperty(cell, 'dataLabel', label);
        },
      },
    ],
    after(_root, ctx) {
      for (const { table, columns } of tables) {
        ctx.wrapNode(table, {
          type: 'element',
          tagName: 'section',
          properties: {
            className: ['md-table'],
            tabIndex: 0,
            ariaLabel: `Table: ${columns.join(', ')}`.slice(0, 120),
          },
          children: [],
        });
      }
    },
  });
};
