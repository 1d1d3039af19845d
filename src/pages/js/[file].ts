import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { CLIENT_SCRIPTS, clientBundle, type ClientScript } from '@/build/client-bundle';

export const getStaticPaths = (async () => {
  const bundles = await Promise.all((Object.keys(CLIENT_SCRIPTS) as ClientScript[]).map(clientBundle));
  return bundles.map((b) => ({ params: { file: b.fileName }, props: { code: b.code } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
