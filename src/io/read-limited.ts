import { createReadStream } from 'node:fs';
import { InputError, unreadableFileError } from '../errors.js';

/** The most a stamp or JSON file (or standard input) may hold: far above any real history. */
export const INPUT_LIMIT_MIB = 16;
const INPUT_LIMIT_BYTES = INPUT_LIMIT_MIB * 1024 * 1024;

/**
 * Reads a whole input as bytes, refusing one larger than the limit as soon as it passes it, so
 * that /dev/zero or an endless pipe is a clear error, not a gigabyte of memory.
 */
export async function readLimited(source: NodeJS.ReadableStream | string, file: string): Promise<Buffer> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > INPUT_LIMIT_BYTES) throw new InputError('input.tooLarge', { limit: INPUT_LIMIT_MIB }, { file });
      chunks.push(bytes);
    }
  } catch (error) {
    if (typeof source === 'string') (stream as ReturnType<typeof createReadStream>).destroy();
    if (error instanceof InputError) throw error;
    throw unreadableFileError(error, file);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 text of the bytes, without a leading byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
