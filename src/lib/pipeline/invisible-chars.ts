// Characters a reader cannot see but that change what text shows or matches, in one place: the ingest
// refuses them in free text, and messages show them as \uXXXX.

// DEL and C1 controls, Arabic letter mark, zero-width characters and LRM/RLM, line and paragraph separators,
// bidi embeddings and overrides, word joiner, bidi isolates, and the BOM / zero-width no-break space.
const beyondAscii = '\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060\\u2066-\\u2069\\ufeff';

/** Every invisible character, C0 controls and the no-break space included: what a one-line message must never print raw. */
export const invisibleChars = new RegExp(`[\\u0000-\\u001f\\u00a0${beyondAscii}]`, 'g');

/** The invisible characters refused in free text: the same, less tab and line ends (a quoted cell may hold them). */
export const refusedInText = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${beyondAscii}]`);
