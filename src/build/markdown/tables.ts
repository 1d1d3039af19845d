import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element } from 'hast';

/**
 * Satteri hast plugin for tables written in Markdown (worked examples, not comparisons, which use
 * <ComparisonTable>): header cells get scope="col", and each table scrolls inside its own
 * focusable region (a <section> named after its columns), so a narrow screen never scrolls sideways.
 *
 * No node's children are read: reading them makes Satteri copy the document's whole tree into
 * JavaScript, which cost more than the rest of this plugin. Visitors see a table before its cells,
 * and a Markdown table's only header cells are its column headings, so each <th> belongs to the
 * last table seen; the tables are wrapped once their columns are known.
 */
export const markdownTables: HastPluginEntry = () => {
  const tables: { table: Element; columns: string[] }[] = [];
  return defineHastPlugin({
    name: 'markdown-tables',
    element: [
      { filter: ['table'], visit: (table) => void tables.push({ table, columns: [] }) },
      {
        filter: ['th'],
        visit(cell, ctx) {
          ctx.setProperty(cell, 'scope', 'col');
          tables.at(-1)?.columns.push(ctx.textContent(cell).replace(/\s+/g, ' ').trim());
        },
      },
    ],
    after(_root, ctx) {
      for (const { table, columns } of tables) {
        ctx.wrapNode(table, {
          type: 'element',
          tagName: 'section',
          properties: { className: ['md-table'], tabIndex: 0, ariaLabel: `Table: ${columns.join(', ')}`.slice(0, 120) },
          children: [],
        });
      }
    },
  });
};
