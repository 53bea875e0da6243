import { homedir } from 'node:os';
import { join } from 'node:path';

/** $XDG_CONFIG_HOME/schengen/config.json, else ~/.config/schengen/config.json (no other imports: start-up). */
export function defaultConfigPath(env: NodeJS.ProcessEnv): string {
  const configHome = env['XDG_CONFIG_HOME'];
  const base = configHome !== undefined && configHome !== '' ? configHome : join(homedir(), '.config');
  return join(base, 'schengen', 'config.json');
}
