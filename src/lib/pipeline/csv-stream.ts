// Streams CSV rows out of a text stream with papaparse, keeping each row's physical line number.
import { StringDecoder } from 'node:string_decoder';
import { pipeline, Transform } from 'node:stream';
import Papa from 'papaparse';

export type RowHandler = (fields: readonly string[], line: number) => void;

export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
  /** papaparse's error code (MissingQuotes, InvalidQuotes, ...), when it gave one. */
  readonly code?: string;
}

/** The delimiter of a file, read from its header line: the most frequent of ; , and tab outside quotes. */
export function sniffDelimiter(head: string): ',' | ';' | '\t' {
  // Excel may start a file with "sep=;" to name its separator.
  const directive = /^\uFEFF?sep=([,;\t])\r?\n/i.exec(head);
  if (directive) return directive[1] as ',' | ';' | '\t';
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of head.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** The least text handed to the parser at once: smaller reads are joined (a 64 kB read passes as it is). */
const MIN_PARSE_TEXT = 1 << 15;

/**
 * The text of `input` in pieces of at least `MIN_PARSE_TEXT` characters, and a way to say how many rows the
 * parser found in the last piece. papaparse parses a row left open at a piece's end again from its start with
 * the next piece, so a quote left open near the top of a large file would be parsed again with every piece
 * (quadratic). While a piece yields no row, the next is twice as long; the repeated work stays within twice
 * the file. A read error reaches the parser through the pipeline.
 */
function parserFeed(input: NodeJS.ReadableStream): { text: Transform; rowsFound: (rows: number) => void } {
  const bytes = new StringDecoder('utf8');
  let want = MIN_PARSE_TEXT;
  let held = '';
  const text = new Transform({
    objectMode: true,
    highWaterMark: 1,
    transform(chunk: string | Buffer, _encoding, done) {
      held += typeof chunk === 'string' ? chunk : bytes.write(chunk);
      if (held.length < want) return done();
      const piece = held;
      held = '';
      done(null, piece);
    },
    flush(done) {
      const piece = held + bytes.end();
      held = '';
      done(null, piece === '' ? undefined : piece);
    },
  });
  pipeline(input, text, () => undefined);
  return { text, rowsFound: (rows) => void (want = rows === 0 ? want * 2 : MIN_PARSE_TEXT) };
}

/**
 * Calls `onRow` for every non-blank row (the header included) in file order.
 * Blank lines are skipped but counted, and quoted fields spanning lines advance the count.
 */
export function streamCsv(
  input: NodeJS.ReadableStream,
  delimiter: string,
  onRow: RowHandler,
  afterChunk?: () => Promise<void> | undefined,
): Promise<CsvSyntaxError[]> {
  return new Promise((resolve, reject) => {
    // A field can span lines only inside quotes: until the text shows a quote, rows are one line each
    // and the per-field scan for line breaks is skipped. This listener runs before papaparse's own.
    let quoted = false;
    const watch = (data: string | Buffer): void => {
      if (data.includes('"')) {
        quoted = true;
        input.removeListener('data', watch);
      }
    };
    input.on('data', watch);
    let nextLine = 1;
    let first = true;
    const errors: CsvSyntaxError[] = [];
    const feed = parserFeed(input);
    Papa.parse<string[]>(feed.text, {
      delimiter,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        const rows = results.data;
        feed.rowsFound(rows.length);
        const rowLines: number[] = new Array<number>(rows.length);
        for (let r = 0; r < rows.length; r++) {
          const fields = rows[r] as string[];
          const line = nextLine;
          rowLines[r] = line;
          let extra = 0;
          if (quoted) {
            for (let f = 0; f < fields.length; f++) {
              const value = fields[f] as string;
              if (value.length > 0 && value.includes('\n')) extra += value.split('\n').length - 1;
            }
          }
          nextLine += 1 + extra;
          if (fields.length === 1 && fields[0] === '') continue;
          if (first) {
            first = false;
            if (fields[0] !== undefined) fields[0] = fields[0].replace(/^\uFEFF/, '');
          }
          onRow(fields, line);
        }
        for (const e of results.errors) {
          const line = typeof e.row === 'number' ? (rowLines[e.row] ?? nextLine) : nextLine;
          errors.push({ line, message: e.message, code: e.code });
        }
        const wait = afterChunk?.();
        if (wait !== undefined) {
          parser.pause();
          void wait.then(() => parser.resume(), reject);
        }
      },
      complete() {
        resolve(errors);
      },
      error(err: Error) {
        reject(err);
      },
    });
  });
}
