import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

/**
 * What the server holds open, and for how long (README, "Promises"). Node's defaults would keep a
 * half-sent request for 60 s (headers) or 300 s (the whole request), checked every 30 s, with no
 * limit on connections: a few clients that send slowly could hold the counter's server.
 */
export interface ServerLimits {
  /** A request's headers must have arrived within this time (else 408 and the connection is closed). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  readonly keepAliveTimeoutMs: number;
  /** Connections at once; one more is closed as soon as it is accepted. */
  readonly maxConnections: number;
  /** How often the two request timeouts are checked: they are enforced to within this time. */
  readonly checkIntervalMs: number;
}

export const SERVER_LIMITS: ServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 128, checkIntervalMs: 1_000 };

/** The Node HTTP server of the app, with those limits; not yet listening. */
export function createHttpServer(app: Pick<Hono, 'fetch'>, limits: ServerLimits = SERVER_LIMITS): Server {
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
  }) as Server;
  server.maxConnections = limits.maxConnections;
  return server;
}
