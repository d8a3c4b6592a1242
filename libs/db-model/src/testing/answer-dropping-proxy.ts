import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AnswerDroppingProxy {
  readonly endpoint: string;
  /** How many answers it dropped so far. */
  readonly dropped: () => number;
  readonly stop: () => Promise<void>;
}

/**
 * A loopback proxy in front of an engine that carries out every request but, for those `drop` picks
 * (by the `x-amz-target` operation and the JSON body), cuts the connection instead of passing the
 * answer on: the write happened, and the caller never hears of it, as when a network fails mid-answer.
 */
export const startAnswerDroppingProxy = async (
  target: string,
  drop: (operation: string, body: string) => boolean,
): Promise<AnswerDroppingProxy> => {
  const upstream = new URL(target);
  let dropped = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const toEngine = forward(
        { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
        (answer) => {
          const answerChunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
          answer.on('end', () => {
            if (drop(operation, body.toString('utf8'))) {
              dropped += 1;
              request.socket.destroy();
              return;
            }
            response.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(answerChunks));
          });
        },
      );
      toEngine.on('error', () => request.socket.destroy());
      toEngine.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    dropped: () => dropped,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
