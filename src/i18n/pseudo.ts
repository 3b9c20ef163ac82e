// The pseudo-locale's transform: a text bracketed, so a test can tell translated text from text that slipped through.

/** "Home" as "⟦Home⟧". */
export function pseudo(text: string): string {
  return `⟦${text}⟧`;
}

/** A dictionary with every text bracketed: strings, the strings functions return, and arrays of either, at any depth. */
export function pseudoDictionary<T>(dict: T): T {
  return bracketed(dict) as T;
}

function bracketed(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function') return (...args: unknown[]): unknown => bracketed((value as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map(bracketed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, bracketed(v)]));
  return value;
}
