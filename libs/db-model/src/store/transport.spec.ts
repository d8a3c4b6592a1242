import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTransport, StoreRequestError, UNCERTAIN_WRITE, type ItemOperation } from './transport';

/** A stand-in DynamoDB endpoint on loopback that answers from a script and records what it got. */
const scriptedEndpoint = async (answers: readonly { status: number; body: string }[]) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)] ?? { status: 500, body: '' };
      response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

const transportTo = (endpoint: string, sent: ItemOperation[] = []) =>
  createTransport({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
    beforeSend: (operation) => sent.push(operation),
  });

const THROTTLED = { status: 400, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' }) };

describe('store transport', () => {
  it('sends the document form as attribute values, signed, and answers in document form', async () => {
    const server = await scriptedEndpoint([{ status: 200, body: JSON.stringify({ Items: [{ pk: { S: 'A' }, n: { N: '2' }, m: { M: { x: { BOOL: true } } } }], LastEvaluatedKey: { pk: { S: 'A' } } }) }]);
    const sent: ItemOperation[] = [];
    const transport = transportTo(server.endpoint, sent);
    try {
      const output = await transport.send('Query', { TableName: 't', KeyConditionExpression: '#pk = :pk', ExpressionAttributeValues: { ':pk': 'A', ':n': 2 } });
      expect(output).toEqual({ Items: [{ pk: 'A', n: 2, m: { x: true } }], LastEvaluatedKey: { pk: 'A' } });
      const [request] = server.received;
      expect(JSON.parse(request?.body ?? '{}')).toEqual({ TableName: 't', KeyConditionExpression: '#pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'A' }, ':n': { N: '2' } } });
      expect(request?.headers['x-amz-target']).toBe('DynamoDB_20120810.Query');
      expect(request?.headers['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/us-east-1\/dynamodb\/aws4_request, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/);
      expect(sent).toEqual(['Query']);
    } finally {
      transport.destroy();
      await server.close();
    }
  });

  it('retries when the store asks to slow down, then answers', async () => {
    const server = await scriptedEndpoint([THROTTLED, { status: 200, body: JSON.stringify({ Responses: { t: [{ pk: { S: 'A' } }] }, UnprocessedKeys: {} }) }]);
    const sent: ItemOperation[] = [];
    const transport = transportTo(server.endpoint, sent);
    try {
      const output = await transport.send('BatchGetItem', { RequestItems: { t: { Keys: [{ pk: 'A', sk: 'B' }] } } });
      expect(output['Responses']).toEqual({ t: [{ pk: 'A' }] });
      expect(server.received).toHaveLength(2);
      expect(sent).toEqual(['BatchGetItem']);
    } finally {
      transport.destroy();
      await server.close();
    }
  });

  it('gives up after its attempts, with the store\'s error name', async () => {
    const server = await scriptedEndpoint([THROTTLED]);
    const transport = transportTo(server.endpoint);
    try {
      await expect(transport.send('PutItem', { TableName: 't', Item: { pk: 'A' } })).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException', message: 'slow down' });
      expect(server.received).toHaveLength(3);
    } finally {
      transport.destroy();
      await server.close();
    }
  });

  it('says a conditional write is uncertain when its condition fails on a retry after an attempt that may have been applied', async () => {
    const failedCondition = { status: 400, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' }) };
    const server = await scriptedEndpoint([{ status: 500, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'oops' }) }, failedCondition]);
    const transport = transportTo(server.endpoint);
    try {
      await expect(transport.send('UpdateItem', { TableName: 't', Key: { pk: 'A' }, UpdateExpression: 'SET #a = :a' })).rejects.toMatchObject({ name: UNCERTAIN_WRITE });
      expect(server.received).toHaveLength(2);
    } finally {
      transport.destroy();
      await server.close();
    }
    const throttled = await scriptedEndpoint([THROTTLED, failedCondition]);
    const afterThrottling = transportTo(throttled.endpoint);
    try {
      // A throttled attempt was not carried out, so the failed condition is the store's plain answer.
      await expect(afterThrottling.send('UpdateItem', { TableName: 't', Key: { pk: 'A' }, UpdateExpression: 'SET #a = :a' })).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    } finally {
      afterThrottling.destroy();
      await throttled.close();
    }
  });

  it('does not retry a refusal such as a failed condition, nor a page that is not JSON past its attempts', async () => {
    const server = await scriptedEndpoint([{ status: 400, body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' }) }]);
    const transport = transportTo(server.endpoint);
    try {
      const refusal = transport.send('UpdateItem', { TableName: 't', Key: { pk: 'A' }, UpdateExpression: 'SET #a = :a' });
      await expect(refusal).rejects.toBeInstanceOf(StoreRequestError);
      await expect(refusal).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
      expect(server.received).toHaveLength(1);
    } finally {
      transport.destroy();
      await server.close();
    }
    const proxy = await scriptedEndpoint([{ status: 502, body: '<html>bad gateway</html>' }]);
    const behindProxy = transportTo(proxy.endpoint);
    try {
      await expect(behindProxy.send('DeleteItem', { TableName: 't', Key: { pk: 'A' } })).rejects.toMatchObject({ name: 'HTTP502' });
      expect(proxy.received).toHaveLength(3);
    } finally {
      behindProxy.destroy();
      await proxy.close();
    }
  });
});
