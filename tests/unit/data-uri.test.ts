import { describe, expect, it } from 'vitest';
import { svgDataUri } from '@/lib/data-uri';

describe('an SVG as a data: URL', () => {
  it('escapes what a URL cannot hold and keeps the rest', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#0b5d8c" width="50%"/></svg>\n');
    expect(uri).toBe("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Crect fill='%230b5d8c' width='50%25'/%3E%3C/svg%3E");
  });

  it('decodes back to the same drawing', () => {
    const svg = '<svg viewBox="0 0 32 32"><path d="M9 11h14"/></svg>';
    expect(decodeURIComponent(svgDataUri(svg).slice('data:image/svg+xml,'.length)).replace(/'/g, '"')).toBe(svg);
  });
});
