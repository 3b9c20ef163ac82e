// Atom feed of data releases, English.
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/release/feed-route.ts';

export const GET: APIRoute = ({ site }) => feedResponse('en', site);
