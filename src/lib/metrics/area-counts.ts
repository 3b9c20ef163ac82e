// The typed tallies of one area (a kecamatan or a city) in one election or all of them: what the ingest
// counts row by row. Every metric's formula reads these and nothing else.

/** Counts published as they are, beside the metrics (site-data.json, kecamatan-totals.json). */
export interface PublishedCounts {
  /** Signing events (all activities). */
  readonly signingEvents: number;
  /** Signatories in pact/pledge signings, each unit counted once per election. */
  readonly signatories: number;
  readonly units: number;
  /** Staff total of the units that signed. */
  readonly unitStaff: number;
  /** Signatories of city-wide signings (rows without a kecamatan, mostly OPD); 0 for a kecamatan. */
  readonly citywideSignatories: number;
  readonly reported: number;
  readonly proven: number;
  /** Reported cases without a decision yet (initial review, registered, clarification). */
  readonly undecided: number;
  readonly recommended: number;
  readonly sanctioned: number;
  /** Proven cases the PPK did not follow up. */
  readonly notFollowedUp: number;
  /** All ASN of the area (headcount.csv), or null when a kecamatan of the area has no headcount. */
  readonly headcount: number | null;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Rows behind these totals that are synthetic (demo). */
  readonly demoRows: number;
  readonly rows: number;
}

/** The published counts plus what only formulas read (never published as such). */
export interface AreaCounts extends PublishedCounts {
  /** Handling days of decided cases -> how many cases took that long. */
  readonly handling: ReadonlyMap<number, number>;
}
