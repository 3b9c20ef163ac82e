// Chart colours: the same tokens as the maps (sequential blues) plus a colour-blind-safe categorical set
// (Okabe-Ito) for elections and outcomes.
import { NO_DATA, SEQUENTIAL } from '../map/scales.ts';

export { NO_DATA, SEQUENTIAL };

export const INK = '#15202b';
export const INK_SOFT = '#44515e';
export const RULE = '#d5dbe0';
export const CAMPAIGN = '#fff1cc';
export const REPORTED = SEQUENTIAL[2];
export const PROVEN = SEQUENTIAL[4];
/** One colour per election, oldest first (Okabe-Ito: orange, sky blue, bluish green / blue). */
export const ELECTION_COLORS = ['#E69F00', '#0072B2', '#009E73'] as const;
/** Outcome colours, ordered from most to least followed through. */
export const OUTCOME_COLORS: Readonly<Record<string, string>> = {
  sanctioned: '#08519c',
  not_followed_up: '#D55E00',
  pending: '#6baed6',
  not_proven: '#bdbdbd',
  open: '#eeeeee',
};
