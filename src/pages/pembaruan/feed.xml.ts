// Atom feed of data releases, Bahasa Indonesia.
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/release/feed-route.ts';

export const GET: APIRoute = ({ site }) => feedResponse('id', site);
