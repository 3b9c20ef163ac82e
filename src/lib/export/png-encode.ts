// A rendered image's PNG, encoded in a third of the time resvg takes: resvg's own encoder spent about 18 ms of a
// social card's 29 ms (filtering each row and deflating at zlib's default level); rows unfiltered at level 3 take
// about 7 ms, for a file of the same size (49.6 kB against 48.4 kB for a 1,200 × 630 card). The pixels are the
// same, so the image is too; only the bytes of the file differ from resvg's.
import type * as Zlib from 'node:zlib';

/** Part of the image cache's key (png-cache.ts): a change here, or in zlib, is a new rendering. */
export const PNG_ENCODER = 'rows unfiltered, zlib level 3';

/**
 * The PNG (8-bit RGBA, no interlace) of an opaque image from resvg's pixels; null when a pixel is not opaque:
 * resvg's pixels are premultiplied by their alpha, and its own encoder (asPng) then takes the image.
 * Self-contained, zlib passed in: the worker threads run this function's source (png-workers.ts). `scratch`, when
 * large enough, holds the rows being deflated, so a worker reuses one buffer instead of leaving megabytes of
 * garbage per image.
 */
export function encodeOpaquePng(pixels: Uint8Array, width: number, height: number, zlib: typeof Zlib, scratch?: Buffer): Buffer | null {
  const stride = width * 4;
  if (pixels.length !== stride * height) return null;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 255) return null;
  // Each row behind a filter byte 0 (none).
  const size = (stride + 1) * height;
  const rows = scratch !== undefined && scratch.length >= size ? scratch.subarray(0, size) : Buffer.allocUnsafe(size);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
