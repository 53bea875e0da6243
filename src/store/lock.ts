import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FileError } from '../errors.js';

const WAIT_MS = 10_000;
/** A lock older than this, or whose process is gone, was left by a crash. */
const STALE_MS = 60_000;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function removeIfStale(lockPath: string): Promise<void> {
  try {
    const [info, text] = await Promise.all([stat(lockPath), readFile(lockPath, 'utf8')]);
    const pid = Number(text.trim());
    if (Date.now() - info.mtimeMs > STALE_MS || (Number.isInteger(pid) && pid > 0 && !processIsAlive(pid))) await rm(lockPath, { force: true });
  } catch {
    /* gone already, or being written: try again */
  }
}

/**
 * Runs `action` holding `path.lock`, created with O_EXCL so that one writer at a time reads, checks
 * and replaces the file: concurrent `schengen log` calls queue up instead of losing lines.
 */
export async function withFileLock<T>(path: string, action: () => Promise<T>): Promise<T> {
  const lockPath = `${path}.lock`;
  await mkdir(dirname(lockPath), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new FileError('log.locked', { file: path }, { file: lockPath });
      await removeIfStale(lockPath);
      await sleep(Math.min(10 * 2 ** Math.min(attempt, 5), 200) * (0.5 + Math.random()));
    }
  }
  try {
    return await action();
  } finally {
    await rm(lockPath, { force: true });
  }
}
