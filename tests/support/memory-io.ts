// Test support: the pipeline's IO over files held in memory, recording every output it writes.
import { Readable } from 'node:stream';
import type { OutputWriter, PipelineIO } from '../../src/lib/pipeline/run.ts';

export interface MemoryIO extends PipelineIO {
  /** Paths passed to writeFile, in order: whole outputs that must only appear after a clean run. */
  readonly written: string[];
  /** Paths of streamed outputs (cases.csv) opened with createWriter; the CLI discards them on failure. */
  readonly streamed: string[];
  readonly outputs: Map<string, string>;
}

/**
 * Input files as bytes, served like fsIO serves a folder: the same 64 KiB head, and the bytes streamed
 * in chunks of `chunkSize` (so chunk edges may split a character).
 */
export function memoryIO(files: ReadonlyMap<string, Uint8Array>, chunkSize = 1 << 20): MemoryIO {
  const written: string[] = [];
  const streamed: string[] = [];
  const outputs = new Map<string, string>();
  return {
    dataLabel: 'memory:',
    written,
    streamed,
    outputs,
    list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      return Promise.resolve([...files.keys()].filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/')).map((f) => f.slice(prefix.length)));
    },
    readBytes(file) {
      return Promise.resolve(files.get(file) ?? new Uint8Array());
    },
    head(file) {
      return Promise.resolve(files.get(file)?.subarray(0, 65_536));
    },
    open(file) {
      const bytes = files.get(file) ?? new Uint8Array();
      const stream = new Readable({ read() {} });
      for (let at = 0; at < bytes.length; at += chunkSize) stream.push(Buffer.from(bytes.subarray(at, at + chunkSize)));
      stream.push(null);
      return stream;
    },
    writeFile(path, text) {
      written.push(path);
      outputs.set(path, text);
      return Promise.resolve();
    },
    createWriter(path): OutputWriter {
      streamed.push(path);
      let text = '';
      return {
        write: (chunk) => ((text += chunk), true),
        drained: () => Promise.resolve(),
        close: () => (outputs.set(path, text), Promise.resolve()),
      };
    },
  };
}
