// Test support: hostile values a data file may carry, each with what the pipeline must do with it.
import type { Rule } from '../../src/lib/pipeline/messages.ts';

/** `shown`: accepted and displayed as inert text; `linked`: accepted as an address and linked; otherwise the rule that refuses it. */
export type Verdict = 'shown' | 'linked' | Rule;

export interface HostilePayload {
  readonly name: string;
  readonly value: string;
  /** In a free-text column (titles, names, sources). */
  readonly asText: Verdict;
  /** In a source_url column. */
  readonly asUrl: Verdict;
}

// Scripts set the global `__pwned` (inline handlers and classic scripts run in sloppy mode), or open a dialog.
export const hostilePayloads: readonly HostilePayload[] = [
  { name: 'script tag', value: '<script>__pwned=1</script>', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'img onerror', value: '<img src=x onerror="__pwned=1;alert(1)">', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'attribute break-out with svg onload', value: '"><svg onload=__pwned=1>', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'single-quote break-out with iframe', value: "'><iframe src=javascript:top.__pwned=1>", asText: 'shown', asUrl: 'invalid-url' },
  { name: 'script end tag and comment', value: '</script><script>__pwned=1</script><!--', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'style that would hide the page', value: '<style>body{display:none}</style>', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'template syntax', value: "{{constructor.constructor('__pwned=1')()}} ${__pwned=1}", asText: 'shown', asUrl: 'invalid-url' },
  { name: 'HTML entities', value: '&lt;b&gt; &amp;amp; &#x3C;', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'javascript: URL', value: 'javascript:__pwned=1', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'javascript: URL in capitals', value: 'JAVASCRIPT:alert(1)', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'javascript: URL with a tab inside', value: 'java\tscript:alert(1)', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'data: URL', value: 'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkPTE8L3NjcmlwdD4=', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'vbscript: URL', value: 'vbscript:msgbox(1)', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'ftp: URL', value: 'ftp://example.org/file', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'protocol-relative URL', value: '//example.org/x', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'https URL breaking out of its attribute', value: 'https://example.org/"><svg onload=__pwned=1>', asText: 'shown', asUrl: 'invalid-url' },
  { name: 'https URL with encoded markup', value: 'https://example.org/?q=%3Cscript%3E__pwned=1%3C/script%3E', asText: 'shown', asUrl: 'linked' },
  { name: 'https URL with a quote and handler', value: "https://example.org/a'onmouseover='__pwned=1'", asText: 'shown', asUrl: 'linked' },
  { name: 'https URL in capitals', value: 'HTTPS://EXAMPLE.ORG/UPPER', asText: 'shown', asUrl: 'linked' },
  { name: '10,000 characters', value: 'A'.repeat(10_000), asText: 'text-too-long', asUrl: 'text-too-long' },
  { name: 'https URL of 10,000 characters', value: `https://example.org/${'a'.repeat(9_980)}`, asText: 'text-too-long', asUrl: 'text-too-long' },
  { name: 'NUL', value: 'before\u0000after', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'BEL', value: 'ring\u0007bell', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'ANSI escape', value: 'red\u001b[31mtext', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'C1 control (CSI)', value: 'csi\u009b31m', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'right-to-left override', value: 'invoice\u202Efdp.exe', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'right-to-left isolate', value: 'a\u2067b\u2069c', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'right-to-left mark', value: 'mark\u200Fed', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'Arabic letter mark', value: 'mark\u061Ced', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'zero-width space', value: 'Bogor\u200BTengah', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'zero-width joiner', value: 'Bogor\u200DTengah', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'word joiner', value: 'Bogor\u2060Tengah', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'byte order mark inside text', value: 'Bogor\uFEFFTengah', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'line separator', value: 'one\u2028two', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'https URL with a zero-width space', value: 'https://example.org/\u200Bpath', asText: 'control-characters', asUrl: 'control-characters' },
  { name: 'spreadsheet formula', value: '=HYPERLINK("https://example.org")', asText: 'formula-text', asUrl: 'invalid-url' },
];
