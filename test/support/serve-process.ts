import { spawn, type ChildProcess } from 'node:child_process';
import { binPath, projectRoot } from '../e2e/run-cli.js';

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code and everything written once the process has ended. */
  readonly ended: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** `schengen serve` on 127.0.0.1, a free port, a fixed day; resolves once it prints its URL. */
export function startServe(args: readonly string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [binPath, 'serve', '--on', '2026-12-20', ...args], {
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? signal as never, stdout, stderr })));
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /(http:\/\/\S+)/.exec(stdout);
      if (match === null) return;
      child.stdout.off('data', onData);
      resolve({ url: match[1]!, child, ended });
    };
    child.stdout.on('data', onData);
    void ended.then(({ code }) => reject(new Error(`schengen serve ended (${code}) before listening: ${stderr}`)));
  });
}
