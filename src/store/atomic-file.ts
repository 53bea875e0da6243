import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CREATE_NEW, processIsAlive, uniqueSuffix } from './lock.js';

export interface AtomicWriteHooks {
  /** Called after the new text is on disk in the temporary file and before the rename (tests crash here). */
  readonly beforeRename?: () => Promise<void> | void;
}

/** Which version of the file a change was computed from: its inode and modification time, or absent. */
export type FileVersion = { readonly ino: number; readonly mtimeNs: bigint; readonly size: bigint } | null;

export async function fileVersion(path: string): Promise<FileVersion> {
  try {
    const info = await lstat(path, { bigint: true });
    return { ino: Number(info.ino), mtimeNs: info.mtimeNs, size: info.size };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function sameVersion(a: FileVersion, b: FileVersion): boolean {
  return a === null || b === null ? a === b : a.ino === b.ino && a.mtimeNs === b.mtimeNs && a.size === b.size;
}

/** The file changed since it was read: the change must be computed again from the new version. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed while it was being updated`);
  }
}

/** Personal travel data: only the owner reads the file, its backup and its temporary files. */
const PRIVATE_MODE = 0o600;
/** A temporary file older than this belongs to no running write (writes hold the lock for milliseconds). */
const ABANDONED_MS = 60_000;

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
 * Removes temporary files a killed or failed write of `path` left behind, whose process is gone or
 * that are older than a minute. Called with the lock held.
 */
async function removeAbandonedTemporaries(directory: string, name: string): Promise<void> {
  const entries = await readdir(directory).catch(() => [] as string[]);
  for (const entry of entries) {
    // `.NAME.PID.HEX.tmp` (data, backup), `NAME.lock.PID.HEX.new|stale` (lock drafts and graves)
    const prefix = entry.startsWith(`.${name}.`) && entry.endsWith('.tmp') ? `.${name}.` : entry.startsWith(`${name}.lock.`) && /\.(new|stale)$/.test(entry) ? `${name}.lock.` : null;
    if (prefix === null) continue;
    const pid = Number(/^(\d+)\./.exec(entry.slice(prefix.length))?.[1]);
    const full = join(directory, entry);
    const info = await lstat(full).catch(() => null);
    if (info === null || pid === process.pid) continue;
    if (!(pid > 0) || !processIsAlive(pid) || Date.now() - info.mtimeMs > ABANDONED_MS) await rm(full, { force: true });
  }
}

/** Writes `data` to a new private file next to `path` (never through a link), fsynced; returns its name. */
async function writeTemporary(path: string, data: Uint8Array | string): Promise<string> {
  const temporary = join(dirname(path), `.${basename(path)}.${uniqueSuffix()}.tmp`);
  const handle = await open(temporary, CREATE_NEW, PRIVATE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  return temporary;
}

async function renameOrRemove(temporary: string, path: string, before?: () => Promise<void> | void): Promise<void> {
  try {
    await before?.();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: the data goes to a temporary file in the same directory, is fsynced, then
 * renamed over the old one. The previous version is kept as `path.bak`, written the same way (a
 * rename replaces a symbolic link planted as `.bak`, it never writes through it). Every file is
 * 0600. `path` itself must not be a symbolic link: the caller resolves it first. With `readVersion`,
 * the write is refused (FileChangedError) when the file is no longer the version the data was
 * computed from.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string, hooks: AtomicWriteHooks = {}, readVersion?: FileVersion): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  await removeAbandonedTemporaries(directory, basename(path));
  const old = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (old !== null) await renameOrRemove(await writeTemporary(path, old), `${path}.bak`);
  await renameOrRemove(await writeTemporary(path, data), path, async () => {
    await hooks.beforeRename?.();
    // A second guard behind the lock: every write is a rename, so a file another writer replaced
    // since we read it has another inode. Then nothing is written and the caller starts again.
    if (readVersion !== undefined && !sameVersion(readVersion, await fileVersion(path))) throw new FileChangedError(path);
  });
  await fsyncDirectory(directory);
}
