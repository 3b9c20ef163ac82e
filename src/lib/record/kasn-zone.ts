// KASN's red/yellow/green zones (stated by KASN for Pilkada 2020): more than 20 ASN reported, 6 to 20, under 6.
import type { RecordFigure } from './record-figure.ts';

export type Zone = 'red' | 'yellow' | 'green';

/** KASN's thresholds, kept here once: the page text and the badges both read them. */
export const KASN_ZONE_LIMITS = { red: 20, yellow: 6 } as const;

export function kasnZone(reported: number): Zone {
  if (reported > KASN_ZONE_LIMITS.red) return 'red';
  return reported >= KASN_ZONE_LIMITS.yellow ? 'yellow' : 'green';
}

/** Zones apply to counts of reported ASN or alleged cases for one province or city; never to national totals. */
export function zoneOf(f: RecordFigure): Zone | null {
  return f.scope !== 'national' && f.quantity === 'reported' ? kasnZone(f.value) : null;
}
