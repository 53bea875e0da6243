import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../support/serve-process.js';
import { runCli, STACK_TRACE } from './run-cli.js';

describe('schengen serve as a process', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe();
  });
  afterAll(() => {
    server.child.kill('SIGKILL'); // no-op when the test below has stopped it
  });

  it('prints a loopback URL on a free port and answers the API', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(`${server.url}api/annex3`, { method: 'POST', body: JSON.stringify({ stays: [], arrival: '2026-12-24' }) });
    expect(await response.json()).toMatchObject({ command: 'annex3', on: '2026-12-20', declaration: { deadline: '2026-12-30' } });
  });

  it('refuses a body over the cap from its Content-Length, with 413', async () => {
    const response = await fetch(`${server.url}api/status`, { method: 'POST', body: JSON.stringify({ stays: [], pad: 'x'.repeat(300 * 1024) }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'http.bodyTooLarge' } });
  });

  it('issue 20: a request for another host name (DNS rebinding) is refused with 421', async () => {
    const { port } = new URL(server.url);
    const statusFor = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const asked = request({ host: '127.0.0.1', port, path: '/api/status', method: 'POST', headers: { Host: host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        asked.on('error', reject);
        asked.end('{"stays":[]}');
      });
    expect(await statusFor('evil.example')).toBe(421);
    expect(await statusFor(`localhost:${port}`)).toBe(200);
  });

  it('stops cleanly on SIGTERM, with a keep-alive connection open, exit code 0', async () => {
    await fetch(server.url, { headers: { Connection: 'keep-alive' } });
    server.child.kill('SIGTERM');
    const { code, stdout, stderr } = await server.ended;
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe('');
  });

  it('stops cleanly on SIGINT; says where it is in the language asked', async () => {
    const other = await startServe(['--port', '0', '--lang', 'nl']);
    other.child.kill('SIGINT');
    const { code, stdout } = await other.ended;
    expect(code).toBe(0);
    expect(stdout).toBe(`schengen: bereikbaar op ${other.url} (Ctrl-C stopt)\n`);
  });

  it('a port in use or out of range is a usage error, no stack trace', async () => {
    const busy = await startServe();
    const port = new URL(busy.url).port;
    const result = await runCli(['serve', '--port', port]);
    busy.child.kill('SIGTERM');
    await busy.ended;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^schengen: field "--port": cannot listen on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)`));
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect((await runCli(['serve', '--port', '70000'])).exitCode).toBe(2);
    const host = await runCli(['serve', '--allow-host', 'clerk.leuven.be:8080']);
    expect(host.exitCode).toBe(2);
    expect(host.stderr).toBe('schengen: field "--allow-host": "clerk.leuven.be:8080" is not a host name; expected the name or address clients use to reach this server, without a port or path (e.g. clerk.leuven.be, 192.168.1.20)\n');
  });
});
