import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExitCode, UsageError } from '../../errors.js';
import { writeHumanText } from '../../io/output.js';
import { resolveLanguage } from '../language.js';
import { loadCatalogue } from '../../messages/catalogue.js';
import { resolveToday } from '../clock.js';

export interface ServeOptions {
  port: number;
  host: string;
  /** --allow-host, repeatable: more host names to answer for. */
  allowHost?: string[];
  lang?: string;
  on?: string;
  tz?: string;
  municipality?: string;
  numbering?: string;
}

/** How long open keep-alive connections may take to finish after SIGINT/SIGTERM. */
const SHUTDOWN_GRACE_MS = 5_000;

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError('serve.listen', { address: `${host}:${port}`, reason: error.code ?? error.message }, { field: '--port' })));
    server.listen(port, host, () => resolve());
  });
}

function refuseHost(text: string): never {
  throw new UsageError('serve.allowHost', { text }, { field: '--allow-host' });
}

/**
 * `schengen serve`: the counter page and the JSON API on one port until SIGINT or SIGTERM. The URL
 * goes to stdout once listening (port 0: a free port). Nothing is stored; nothing is written but
 * that line.
 */
export async function runServeCommand(options: ServeOptions): Promise<ExitCode> {
  await resolveToday(options); // a bad --on, --tz or --lang is refused before listening
  const language = resolveLanguage(options.lang, process.env);
  const [{ createApp }, { createHttpServer }, { allowedHosts, hostName }] = await Promise.all([
    import('../../serve/app.js'),
    import('../../serve/server.js'),
    import('../../serve/hosts.js'),
  ]);
  const allowed = (options.allowHost ?? []).map((text) => hostName(text) ?? refuseHost(text));
  const app = createApp({ today: () => resolveToday(options), hosts: allowedHosts(options.host, allowed), municipality: options.municipality, numbering: options.numbering });
  // Its timeouts and connection cap: src/serve/server.ts (README, "Promises").
  const server = createHttpServer(app);
  await listen(server, options.port, options.host);
  // The handlers are in place before the URL is out: whoever reads it may stop the server at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // Kept referenced: a connection still draining a refused body holds no reference of its own,
      // and without this timer the process would end before the server has closed (exit 13).
      const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      server.close(() => {
        clearTimeout(grace);
        resolve();
      });
      server.closeIdleConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  writeHumanText(`${(await loadCatalogue(language)).page.serving(`http://${host}:${address.port}/`)}\n`);
  await stopped;
  return ExitCode.ok;
}
