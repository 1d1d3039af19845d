#!/usr/bin/env node
// Writes deploy/nginx-site.conf from deploy/policy.ts (`npm run deploy:config`). A unit test fails
// while the committed file differs from what the policy renders.
import { writeFile } from 'node:fs/promises';
import { renderNginxSite } from './lib/server-config.ts';

const target = new URL('../deploy/nginx-site.conf', import.meta.url);
await writeFile(target, renderNginxSite());
console.log('Wrote deploy/nginx-site.conf');
