import type { Readable, Writable } from 'node:stream';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/**
 * The SDK's stdio transport, writing one message at a time. The SDK's own `send` writes at once
 * and, when the pipe is full, waits for "drain" with one listener per message still owed: a burst
 * of a few hundred calls from a client that reads slowly made Node warn of a listener leak
 * (MaxListenersExceededWarning) on stderr. Here a message waits for the one before it, so at most
 * one listener waits for "drain"; the order of the messages is the order of the calls to `send`.
 */
export class OrderedStdioTransport extends StdioServerTransport {
  readonly #output: Writable;
  #previous: Promise<void> = Promise.resolve();

  constructor(input: Readable = process.stdin, output: Writable = process.stdout) {
    super(input, output);
    this.#output = output;
  }

  override send(message: JSONRPCMessage): Promise<void> {
    const text = serializeMessage(message);
    const sent = this.#previous.then(
      () =>
        new Promise<void>((resolve) => {
          if (this.#output.write(text)) resolve();
          else this.#output.once('drain', () => resolve());
        }),
    );
    this.#previous = sent;
    return sent;
  }
}
