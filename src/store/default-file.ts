import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the traveller's own stamp file lives: $SCHENGEN_FILE, else the XDG data directory
 * ($XDG_DATA_HOME, else ~/.local/share) under schengen/stamps.txt.
 */
export function defaultStampFile(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['SCHENGEN_FILE'];
  if (explicit !== undefined && explicit !== '') return explicit;
  const dataHome = env['XDG_DATA_HOME'];
  const base = dataHome !== undefined && dataHome !== '' ? dataHome : join(homedir(), '.local', 'share');
  return join(base, 'schengen', 'stamps.txt');
}
