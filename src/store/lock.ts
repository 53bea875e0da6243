import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileError } from '../errors.js';

const WAIT_MS = 10_000;
/** A lock older than this was left by a crash, whatever process now has its PID. */
const STALE_MS = 60_000;
/**
 * A lock without a readable owner (empty: written by an older version killed between create and
 * write, or on a full disk) is taken over once it is this old. Ours are never empty: the owner is
 * written before the lock gets its name.
 */
const EMPTY_GRACE_MS = 2_000;

/** Create-exclusive and never through a symbolic link planted under the name. */
export const CREATE_NEW = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW;

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function uniqueSuffix(): string {
  return `${process.pid}.${randomBytes(6).toString('hex')}`;
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * The lock file's identity when it is stale, else null: its text (our locks carry a random token,
 * so no two are alike, even when the file system reuses an inode number) and its inode.
 */
interface Identity {
  readonly ino: number;
  readonly text: string;
}

async function staleIdentity(lockPath: string): Promise<Identity | null> {
  try {
    const info = await lstat(lockPath);
    const text = await readFile(lockPath, 'utf8');
    const age = Date.now() - info.mtimeMs;
    const owner = /^(\d+) [0-9a-f]+\n?$/.exec(text) ?? /^(\d+)\s*$/.exec(text);
    const pid = owner === null ? NaN : Number(owner[1]);
    const stale = age > STALE_MS || (owner === null ? age > EMPTY_GRACE_MS : pid > 0 && !processIsAlive(pid));
    return stale ? { ino: info.ino, text } : null;
  } catch {
    return null; // gone already: try again
  }
}

/**
 * Takes a stale lock away without deleting a fresh one: the lock is first renamed to a name only
 * this process knows (atomic), then its identity is compared with the one judged stale. If another
 * writer's fresh lock was caught instead (only possible when a live owner released a lock judged
 * stale by age), it is linked back under the lock name.
 */
async function takeOver(lockPath: string, judged: Identity): Promise<void> {
  const grave = `${lockPath}.${uniqueSuffix()}.stale`;
  try {
    await rename(lockPath, grave);
  } catch {
    return; // someone else took it over first
  }
  try {
    const caught = await lstat(grave);
    const text = await readFile(grave, 'utf8');
    if (caught.ino !== judged.ino || text !== judged.text) await link(grave, lockPath).catch(() => {});
  } finally {
    await unlink(grave).catch(() => {});
  }
}

/** A breaker does its work in milliseconds: one older than this was killed while breaking. */
const BREAKER_STALE_MS = 3_000;

/**
 * Takes over the lock if it is (still) stale, one process at a time: each taker holds
 * `path.lock.breaking` (created exclusively) and judges the lock again under it. While the breaker
 * is held, a stale lock cannot change under the taker (its owner is gone, no other taker runs, and
 * no writer can create a lock while it exists), so the lock renamed away is the lock judged stale.
 */
async function breakIfStale(lockPath: string): Promise<void> {
  const breaker = `${lockPath}.breaking`;
  try {
    await (await open(breaker, CREATE_NEW, 0o600)).close();
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') {
      const info = await lstat(breaker).catch(() => null);
      if (info !== null && Date.now() - info.mtimeMs > BREAKER_STALE_MS) await unlink(breaker).catch(() => {});
    }
    return;
  }
  try {
    const stale = await staleIdentity(lockPath);
    if (stale !== null) await takeOver(lockPath, stale);
  } finally {
    await unlink(breaker).catch(() => {});
  }
}

/**
 * Runs `action` holding `path.lock`, so that one writer at a time reads, checks and replaces the
 * file: concurrent `schengen log` calls queue up instead of losing lines. The lock is a hard link
 * to a file that already names its owner ("PID TOKEN"), made with link(2), which is atomic and
 * fails when the lock exists; nothing follows a symbolic link.
 */
export async function withFileLock<T>(path: string, action: () => Promise<T>): Promise<T> {
  const lockPath = `${path}.lock`;
  await mkdir(dirname(lockPath), { recursive: true });
  const token = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  const draft = `${lockPath}.${uniqueSuffix()}.new`;
  const handle = await open(draft, CREATE_NEW, 0o600);
  try {
    await handle.writeFile(token);
  } catch (error) {
    await handle.close();
    await unlink(draft).catch(() => {});
    throw error;
  }
  await handle.close();
  const deadline = Date.now() + WAIT_MS;
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await link(draft, lockPath);
        break;
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error;
        if (Date.now() > deadline) throw new FileError('log.locked', { file: path }, { file: lockPath });
        if ((await staleIdentity(lockPath)) !== null) await breakIfStale(lockPath);
        await sleep(Math.min(5 * 2 ** Math.min(attempt, 5), 100) * (0.5 + Math.random()));
      }
    }
  } finally {
    await unlink(draft).catch(() => {});
  }
  try {
    return await action();
  } finally {
    // Removed only while it is still ours.
    const current = await readFile(lockPath, 'utf8').catch(() => '');
    if (current === token) await unlink(lockPath).catch(() => {});
  }
}
