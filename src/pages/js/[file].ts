import type { APIRoute, GetStaticPaths } from 'astro';
import { CLIENT_SCRIPTS, clientBundle, type ClientScript } from '@/build/client-bundle';

export const getStaticPaths = (async () => {
  const bundles = await Promise.all((Object.keys(CLIENT_SCRIPTS) as ClientScript[]).map(clientBundle));
  return bundles.map((b) => ({ params: { file: b.fileName }, props: { code: b.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props['code']), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
