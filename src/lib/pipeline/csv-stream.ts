// Streams CSV rows out of a text stream with papaparse, keeping each row's physical line number.
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
    Papa.parse<string[]>(input, {
      delimiter,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunk(results, parser) {
        const rows = results.data;
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
