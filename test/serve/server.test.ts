import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { createApp } from '../../src/serve/app.js';
import { createHttpServer, SERVER_LIMITS, type ServerLimits } from '../../src/serve/server.js';
import { hostName } from '../../src/serve/hosts.js';

/** Issue 20: what `schengen serve` holds open, and for how long. Servers bind 127.0.0.1 and are closed by each test. */
const app = createApp({ today: async () => dayFromCivil(2026, 12, 20) });

async function listening(limits: ServerLimits) {
  const server = createHttpServer(app, limits);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, port };
}

/** Everything a connection receives until it is closed. */
async function untilClosed(socket: Socket): Promise<string> {
  let received = '';
  socket.on('error', () => undefined); // a refused connection may be reset: it is closed all the same
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  await once(socket, 'close');
  return received;
}

describe('the HTTP server’s limits', () => {
  it('are the documented ones: headers within 10 s, the whole request within 30 s, keep-alive 5 s, 128 connections', () => {
    expect(SERVER_LIMITS).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 128, checkIntervalMs: 1_000 });
    const server = createHttpServer(app);
    expect([server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.maxConnections]).toEqual([10_000, 30_000, 5_000, 128]);
  });

  it('a request whose headers never end is answered 408 and its connection closed', async () => {
    const { server, port } = await listening({ ...SERVER_LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100 });
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write('POST /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n');
      expect(await untilClosed(socket)).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      server.close();
    }
  });

  it('a body that never ends is answered 408 and its connection closed', async () => {
    const { server, port } = await listening({ ...SERVER_LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100 });
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write('POST /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{"stays"');
      expect(await untilClosed(socket)).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      server.close();
    }
  });

  it('a connection over the cap is closed at once; the ones under it are served', async () => {
    const { server, port } = await listening({ ...SERVER_LIMITS, maxConnections: 2 });
    const held = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
    try {
      await Promise.all(held.map((socket) => once(socket, 'connect')));
      // The server counts a connection once it has accepted it: wait until it holds both.
      while ((await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)))) < 2) await new Promise((resolve) => setImmediate(resolve));
      const third = connect(port, '127.0.0.1');
      third.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect(await untilClosed(third)).toBe('');
      held[0]!.write('GET /page.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      expect(await untilClosed(held[0]!)).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      for (const socket of held) socket.destroy();
      server.close();
    }
  });
});

describe('host names as the Host check compares them', () => {
  it.each([
    ['localhost', 'localhost'],
    ['LocalHost', 'localhost'],
    ['::1', '[::1]'],
    ['[::1]', '[::1]'],
    ['127.0.0.1', '127.0.0.1'],
    ['clerk.leuven.be', 'clerk.leuven.be'],
    ['0.0.0.0', '0.0.0.0'],
  ])('%s is %s', (text, name) => {
    expect(hostName(text)).toBe(name);
  });

  it.each(['', ' ', 'localhost:8080', 'http://x', 'a b', 'user@host', 'x/y'])('%j is no host name', (text) => {
    expect(hostName(text)).toBeNull();
  });
});
