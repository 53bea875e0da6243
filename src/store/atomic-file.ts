import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteHooks {
  /** Called after the new text is on disk in the temporary file and before the rename (tests crash here). */
  readonly beforeRename?: () => Promise<void> | void;
}

async function fsyncDirectory(directory: string): Promise<void> {
  // Makes the rename itself durable; some file systems refuse to open a directory, which is harmless.
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here */
  }
}

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: the text goes to a temporary file in the same directory, is fsynced, then
 * renamed over the old one. The previous version is kept as `path.bak` first.
 */
export async function writeFileAtomically(path: string, text: string, hooks: AtomicWriteHooks = {}): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) await copyFile(path, `${path}.bak`);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await hooks.beforeRename?.();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDirectory(directory);
}
