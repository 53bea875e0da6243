import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError, unreadableFileError } from '../errors.js';

/** The most a stamp or JSON file (or standard input) may hold: far above any real history. */
export const INPUT_LIMIT_MIB = 16;
const INPUT_LIMIT_BYTES = INPUT_LIMIT_MIB * 1024 * 1024;

/**
 * Reads a whole input as bytes, refusing one larger than the limit as soon as it passes it, so
 * that /dev/zero or an endless pipe is a clear error, not a gigabyte of memory.
 */
export async function readLimited(source: NodeJS.ReadableStream | string, file: string): Promise<Buffer> {
  let stream: NodeJS.ReadableStream;
  if (typeof source === 'string') {
    const opened = openFile(source, file);
    if (Buffer.isBuffer(opened)) return opened;
    stream = createReadStream(source, { fd: opened });
  } else {
    stream = source;
  }
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

/**
 * A regular file is read at once (the streams of the file system load some 20 of Node's modules:
 * start-up, issue 12). Anything else (a pipe, a device such as /dev/zero, a directory) is streamed:
 * its open descriptor is returned.
 */
function openFile(path: string, file: string): Buffer | number {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw unreadableFileError(error, file);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) return descriptor;
    if (info.size > INPUT_LIMIT_BYTES) throw new InputError('input.tooLarge', { limit: INPUT_LIMIT_MIB }, { file });
    bytes = readFileSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    if (error instanceof InputError) throw error;
    throw unreadableFileError(error, file);
  }
  closeSync(descriptor);
  // It may have grown between the two looks.
  if (bytes.length > INPUT_LIMIT_BYTES) throw new InputError('input.tooLarge', { limit: INPUT_LIMIT_MIB }, { file });
  return bytes;
}

/** UTF-8 text of the bytes, without a leading byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
