#!/usr/bin/env node
// Serves the built site (dist/) the way production does: directory indexes, the site's 404 page,
// no directory listings. Listens on 127.0.0.1 only. Usage: node scripts/serve.ts [port]
import { startStaticServer } from './static-server.ts';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const server = await startStaticServer({ root: new URL('../dist/', import.meta.url), port });
console.log(`Open Weights, Explained is served at ${server.url} (Ctrl+C to stop)`);
