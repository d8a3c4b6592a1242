import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { startTestServer } from '../../testing/test-server';
import { send } from '../../testing/graphql-requests';
import { requestTimeout } from './request-timeout';

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

describe('requestTimeout', () => {
  it('answers 503 when the handler is too slow, and the late answer is dropped', async () => {
    const app = express();
    let late: Promise<boolean> = Promise.resolve(false);
    app.get('/slow', requestTimeout(100), (_request, response) => {
      late = new Promise((resolve) =>
        setTimeout(() => {
          // What Yoga's Node adapter does: write only to a response that is still open.
          if (!response.writableEnded) response.json({ late: true });
          resolve(response.writableEnded);
        }, 300),
      );
    });
    app.get('/quick', requestTimeout(100), (_request, response) => {
      response.json({ quick: true });
    });
    const server = createServer(app);
    const url = await listen(server);
    try {
      const slow = await send(`${url}/slow`);
      expect(slow.status).toBe(503);
      expect(slow.headers.get('retry-after')).toBe('1');
      expect(slow.body).toEqual({
        errors: [{ message: 'Exception - Request timed out after 100 ms', extensions: { code: 'REQUEST_TIMEOUT' } }],
      });
      expect(await late).toBe(true);
      expect((await send(`${url}/quick`)).body).toEqual({ quick: true });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('slow clients', () => {
  it('are cut off when their headers do not arrive within the timeout', async () => {
    const server = await startTestServer({ REQUEST_TIMEOUT_MS: '1000' });
    try {
      const { port } = new URL(server.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write('POST /api HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
      });
      // Node's default would wait 60 s, past the test's own timeout.
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect((await send(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
