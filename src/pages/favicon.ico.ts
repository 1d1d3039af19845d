import type { APIRoute } from 'astro';
import { faviconIco } from '@/build/favicon';

// For browsers, feed readers and crawlers that ask for /favicon.ico instead of reading the page's
// SVG icon.
export const GET: APIRoute = () => new Response(faviconIco(), { headers: { 'Content-Type': 'image/x-icon' } });
