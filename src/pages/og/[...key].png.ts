import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { getSiteContent } from '@/data/content';
import { cardResponse, cardRoutes } from '@/social-cards';

// `astro dev` draws a card when it is requested. A build writes every card from worker threads
// while it compiles (src/social-cards), so this route has no pages of its own there.
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { articles, terms, faqs, models } = await getSiteContent();
  return cardRoutes({ articles, glossary: terms, faq: faqs, models, comparisonPairs: await getCollection('comparisonPairs') });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => cardResponse(props.drawing);
