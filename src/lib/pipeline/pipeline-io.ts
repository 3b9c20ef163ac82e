// The one place the pipeline touches the world: reading inputs and boundaries, staging outputs.
import type { InputIO } from './input-source.ts';

export interface PipelineIO extends InputIO {
  writeFile(path: string, text: string): Promise<void>;
  createWriter(path: string): OutputWriter;
  /** The boundary polygons; an IO without them (most tests) stages no geography at all. */
  readonly boundaries?: BoundarySource;
}

export interface OutputWriter {
  /** false when the caller should wait for `drained()`. */
  write(text: string): boolean;
  drained(): Promise<void>;
  close(): Promise<void>;
}

/** Where the boundary files are: third-party data read at build time, never committed. */
export interface BoundarySource {
  /** How the folder is named in messages, or null when none was found (the site builds without maps). */
  readonly label: string | null;
  readonly attribution: string;
  /** The text of one boundary file, or undefined when the folder has none of that name. */
  read(file: string): Promise<string | undefined>;
}
