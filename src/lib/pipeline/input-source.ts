// Finds the file a steward meant for one input (CSV or Excel workbook, near-miss names named) and turns
// it into rows: encodings checked over the whole file, line ends normalised, workbook rows by row number.
import { pipeline, Transform } from 'node:stream';
import { sniffDelimiter, streamCsv, type CsvSyntaxError, type RowHandler } from './csv-stream.ts';
import type { Issue } from './issues.ts';

/** What the input layer needs of the data folder. */
export interface InputIO {
  readonly dataLabel: string;
  /** Names of the files directly in a folder of the data folder ('' for the data folder itself). */
  list(dir: string): Promise<string[]>;
  /** The first bytes of a file, or undefined when it does not exist. */
  head(file: string): Promise<Uint8Array | undefined>;
  /** The file's bytes, streamed. */
  open(file: string): NodeJS.ReadableStream;
  /** The whole file's bytes (workbooks: the zip directory sits at the end). */
  readBytes(file: string): Promise<Uint8Array>;
}

/** Streams rows to `onRow`; resolves with the syntax problems found. */
export type RowSource = (onRow: RowHandler, afterChunk?: () => Promise<void> | undefined) => Promise<CsvSyntaxError[]>;

export type OpenedInput =
  | { readonly ok: true; readonly name: string; readonly rows: RowSource; readonly warnings: Issue[]; readonly late: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

const workbookExtensions = ['xlsx'];

/** The base a file name reduces to once copy markers are gone: "Signings (1).csv" -> "signings". */
function nameKey(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  const base = (dot < 0 ? name : name.slice(0, dot))
    .toLowerCase()
    .replace(/^(copy of|salinan)\s+/, '')
    .replace(/\s*[-_ ]\s*(copy|salinan|kopi)(\s*\(\d+\))?$/, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
  return { base, ext };
}

/** Files in the folder that look meant as `file` without being exactly its name. */
export function nearMatches(names: readonly string[], file: string): string[] {
  const wanted = nameKey(file.slice(file.lastIndexOf('/') + 1)).base;
  const exact = new Set([file, ...workbookExtensions.map((e) => file.replace(/\.csv$/, `.${e}`))]);
  return names.filter((n) => !exact.has(n) && nameKey(n.slice(n.lastIndexOf('/') + 1)).base === wanted).sort();
}

export async function openInput(io: InputIO, file: string): Promise<OpenedInput> {
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash + 1);
  const names = (await io.list(dir.slice(0, -1))).map((n) => dir + n);
  const workbook = workbookExtensions.map((e) => file.replace(/\.csv$/, `.${e}`)).find((n) => names.includes(n));
  const csv = names.includes(file) ? file : undefined;
  const near = nearMatches(names, file);
  const at = (name: string, rule: Issue['rule'], params?: Record<string, string>, line = 1): Issue => ({ file: name, line, column: '*', value: '', rule, ...(params ? { params } : {}) });
  if (csv !== undefined && workbook !== undefined) return { ok: false, issues: [at(file, 'two-inputs', { other: workbook })] };
  const chosen = csv ?? workbook;
  if (chosen === undefined) {
    return { ok: false, issues: [at(file, near.length > 0 ? 'missing-file-near' : 'missing-file', { dir: io.dataLabel, near: near.join(', ') })] };
  }
  const warnings = near.map((n) => at(chosen, 'ignored-near-match', { other: n }));
  const late: Issue[] = [];
  if (chosen === workbook) {
    const base = file.replace(/\.csv$/, '');
    return {
      ok: true,
      name: chosen,
      warnings,
      late,
      rows: async (onRow, afterChunk) => {
        // Loaded only when a workbook is read: a CSV-only run does not pay for the zip and XML parsers.
        const { readXlsx, XlsxError } = await import('../xlsx/read-xlsx.ts');
        try {
          await readXlsx(await io.readBytes(chosen), base, onRow, afterChunk);
        } catch (error) {
          if (!(error instanceof XlsxError)) throw error;
          late.push(at(chosen, 'unreadable-workbook'));
        }
        return [];
      },
    };
  }
  const head = (await io.head(chosen)) ?? new Uint8Array();
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding !== 'utf-8') warnings.push(at(chosen, 'transcoded', { encoding: encoding.toUpperCase() }));
  const delimiter = sniffDelimiter(new TextDecoder(encoding).decode(head));
  return {
    ok: true,
    name: chosen,
    warnings,
    late,
    rows: (onRow, afterChunk) => streamCsv(decodedText(io.open(chosen), encoding, (line, rule) => late.push(at(chosen, rule, undefined, line))), delimiter, onRow, afterChunk),
  };
}

/**
 * The file as text, checked over its whole length: the first byte that is not valid in the encoding, or a
 * U+FFFD already in the text (an earlier misconversion), ends the text there and is reported with its line.
 * CRLF, CR and LF line ends all become LF, so a file mixing them reads as the lines it shows.
 * A transform, not an async generator: the generator's stream read ahead 16 chunks while the writer was
 * draining, and a million-row ingest peaked 30 MB higher.
 */
function decodedText(input: NodeJS.ReadableStream, encoding: string, bad: (line: number, rule: 'not-utf8' | 'replacement-character') => void): NodeJS.ReadableStream {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let line = 1;
  let carry = '';
  let stopped = false;
  const linesIn = (text: string): number => {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    return n;
  };
  const normal = (text: string): string => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  const decoded = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 1,
    transform(chunk: Buffer, _enc, done) {
      if (stopped) return done();
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const loose = normal(carry + new TextDecoder(encoding).decode(chunk));
        bad(line + linesIn(loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')))), 'not-utf8');
        stopped = true;
        return done();
      }
      text = carry + text;
      carry = '';
      if (text.endsWith('\r')) {
        carry = '\r';
        text = text.slice(0, -1);
      }
      text = normal(text);
      const replacement = text.indexOf('\uFFFD');
      if (replacement >= 0) {
        bad(line + linesIn(text.slice(0, replacement)), 'replacement-character');
        stopped = true;
        return done();
      }
      line += linesIn(text);
      done(null, text);
    },
    flush(done) {
      if (stopped) return done();
      try {
        const rest = normal(carry + decoder.decode());
        done(null, rest === '' ? undefined : rest);
      } catch {
        bad(line, 'not-utf8');
        done();
      }
    },
  });
  // A read error reaches the parser through the transform, which the pipeline destroys with it.
  return pipeline(input, decoded, () => undefined);
}
