import { describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/nginx-server.ts';

describe('starting nginx for the browser tests', () => {
  it('says how to install nginx when it is missing', async () => {
    await expect(startNginx({ nginx: '/nonexistent/sbin/nginx' })).rejects.toThrow('nginx not found at /nonexistent/sbin/nginx: install it with "apt-get install -y nginx"');
  });

  it('says to build first when the build has not written its CSP', async () => {
    // Any existing file stands in for nginx: the check comes before nginx is started.
    await expect(startNginx({ project: '/nonexistent-project', nginx: process.execPath })).rejects.toThrow(/csp\.conf is missing: run `npm run build`/);
  });
});
