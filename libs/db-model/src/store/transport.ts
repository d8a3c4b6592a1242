import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { SignatureV4 } from '@smithy/signature-v4';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * The item operations, sent as DynamoDB's JSON protocol over a keep-alive connection and signed with
 * SigV4. The SDK's client did the same through a generic middleware stack and schema-driven
 * (de)serialisation that cost more CPU per call than everything else a small request does (a third of
 * the API's time reading a page of 100 vulnerabilities); table administration still uses the SDK.
 */
export type ItemOperation = 'GetItem' | 'BatchGetItem' | 'Query' | 'Scan' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'BatchWriteItem';

export interface StoreCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface TransportConfig {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: StoreCredentials | (() => Promise<StoreCredentials>);
  readonly maxAttempts: number;
  /** Runs before each operation is sent (not before retries): counting and fault injection. */
  readonly beforeSend: (operation: ItemOperation) => void;
}

export interface Transport {
  readonly send: (operation: ItemOperation, input: Readonly<Record<string, unknown>>) => Promise<Record<string, unknown>>;
  readonly destroy: () => void;
}

/** Refusals that say the request was not carried out: the store asked to slow down. */
const NOT_APPLIED = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'TransactionInProgressException']);
/** Errors worth another attempt: the store asked to slow down, or failed on its side. */
const RETRYABLE = new Set([...NOT_APPLIED, 'InternalServerError', 'ServiceUnavailable']);
/**
 * The name of the error for a conditional write whose condition failed on a retry after an attempt
 * that may have been carried out (no answer, a timeout, a 5xx): that attempt may be what made the
 * condition false, so whether the write happened is unknown.
 */
export const UNCERTAIN_WRITE = 'UncertainWrite';
const CONDITION_FAILED = 'ConditionalCheckFailedException';
const REQUEST_TIMEOUT_MS = 10_000;
const BASE_BACKOFF_MS = 25;
const MARSHALL = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

type Json = Record<string, unknown>;
type Marshalled = Record<string, AttributeValue>;

/** The store's answer to a request it refused: its error name (ConditionalCheckFailedException ...) and message. */
export class StoreRequestError extends Error {
  constructor(name: string, message: string, readonly retryable: boolean) {
    super(message);
    this.name = name;
  }
}

/**
 * SigV4 needs a hash "class" (its Checksum interface is constructed, with a secret for HMAC); this
 * adapts Node's crypto to it.
 */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: SourceData): string | Uint8Array =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

class NodeSha256 {
  private hash: Hash | Hmac;
  private readonly secret: string | Uint8Array | undefined;
  constructor(secret?: SourceData) {
    this.secret = secret === undefined ? undefined : bytesOf(secret);
    this.hash = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
  update(data: SourceData): void {
    this.hash.update(bytesOf(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
  reset(): void {
    this.hash = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
}

const toStore = (value: Json | undefined): Marshalled | undefined => (value ? (marshall(value, MARSHALL) as Marshalled) : undefined);
const fromStore = (value: unknown): Json | undefined => (value ? unmarshall(value as Marshalled) : undefined);
/** An item as the store keeps it and answers it: what `marshall` drops (undefined values) is gone. */
export const asStored = (item: Json): Json => unmarshall(marshall(item, MARSHALL));
const itemsFromStore = (values: unknown): Json[] => ((values as Marshalled[] | undefined) ?? []).map((item) => unmarshall(item));

const withDefined = (input: Json, changes: Json): Json => {
  const output: Json = { ...input };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete output[name];
    else output[name] = value;
  }
  return output;
};

/** The request in DynamoDB's attribute-value form, from the document form the callers use. */
const marshalled = (operation: ItemOperation, input: Json): Json => {
  const values = { ExpressionAttributeValues: toStore(input['ExpressionAttributeValues'] as Json | undefined) };
  switch (operation) {
    case 'Query':
    case 'Scan':
      return withDefined(input, { ...values, ExclusiveStartKey: toStore(input['ExclusiveStartKey'] as Json | undefined) });
    case 'GetItem':
    case 'DeleteItem':
    case 'UpdateItem':
      return withDefined(input, { ...values, Key: toStore(input['Key'] as Json) });
    case 'PutItem':
      return withDefined(input, { ...values, Item: toStore(input['Item'] as Json) });
    case 'BatchGetItem':
      return {
        ...input,
        RequestItems: Object.fromEntries(
          Object.entries(input['RequestItems'] as Record<string, Json>).map(([table, request]) => [
            table,
            { ...request, Keys: (request['Keys'] as Json[]).map((key) => toStore(key)) },
          ]),
        ),
      };
    case 'BatchWriteItem':
      return {
        ...input,
        RequestItems: Object.fromEntries(
          Object.entries(input['RequestItems'] as Record<string, Json[]>).map(([table, requests]) => [table, requests.map(marshalWrite)]),
        ),
      };
  }
};

const marshalWrite = (request: Json): Json => {
  const put = request['PutRequest'] as { Item: Json } | undefined;
  const remove = request['DeleteRequest'] as { Key: Json } | undefined;
  if (put) return { PutRequest: { Item: toStore(put.Item) } };
  return { DeleteRequest: { Key: toStore(remove?.Key) } };
};

const unmarshalWrite = (request: Json): Json => {
  const put = request['PutRequest'] as { Item: unknown } | undefined;
  const remove = request['DeleteRequest'] as { Key: unknown } | undefined;
  if (put) return { PutRequest: { Item: fromStore(put.Item) } };
  return { DeleteRequest: { Key: fromStore(remove?.Key) } };
};

/** The answer in document form. */
const unmarshalled = (operation: ItemOperation, output: Json): Json => {
  switch (operation) {
    case 'Query':
    case 'Scan':
      return withDefined(output, { Items: itemsFromStore(output['Items']), LastEvaluatedKey: fromStore(output['LastEvaluatedKey']) });
    case 'GetItem':
      return withDefined(output, { Item: fromStore(output['Item']) });
    case 'PutItem':
    case 'UpdateItem':
    case 'DeleteItem':
      return withDefined(output, { Attributes: fromStore(output['Attributes']) });
    case 'BatchGetItem': {
      const responses = (output['Responses'] ?? {}) as Record<string, unknown>;
      const unprocessed = (output['UnprocessedKeys'] ?? {}) as Record<string, Json>;
      return {
        ...output,
        Responses: Object.fromEntries(Object.entries(responses).map(([table, items]) => [table, itemsFromStore(items)])),
        UnprocessedKeys: Object.fromEntries(
          Object.entries(unprocessed).map(([table, request]) => [table, { ...request, Keys: ((request['Keys'] as unknown[]) ?? []).map(fromStore) }]),
        ),
      };
    }
    case 'BatchWriteItem': {
      const unprocessed = (output['UnprocessedItems'] ?? {}) as Record<string, Json[]>;
      return {
        ...output,
        UnprocessedItems: Object.fromEntries(Object.entries(unprocessed).map(([table, requests]) => [table, requests.map(unmarshalWrite)])),
      };
    }
  }
};

const readBody = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.once('error', reject);
  });

const errorOf = (status: number, body: string): StoreRequestError => {
  let parsed: { __type?: string; message?: string; Message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const name = parsed.__type?.split('#').at(-1) ?? `HTTP${status}`;
  return new StoreRequestError(name, parsed.message ?? parsed.Message ?? `The store answered ${status}`, status >= 500 || RETRYABLE.has(name));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createTransport = (config: TransportConfig): Transport => {
  const url = new URL(config.endpoint);
  const secure = url.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true, maxSockets: 64 }) : new HttpAgent({ keepAlive: true, maxSockets: 64 });
  const signer = new SignatureV4({ service: 'dynamodb', region: config.region, credentials: config.credentials, sha256: NodeSha256 });
  const port = url.port ? Number(url.port) : undefined;

  const attempt = async (operation: ItemOperation, body: string): Promise<Json> => {
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(port ? { port } : {}),
      path: '/',
      query: {},
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
    const send = secure ? httpsRequest : httpRequest;
    return new Promise<Json>((resolve, reject) => {
      const request = send(
        { agent, method: 'POST', hostname: url.hostname, ...(port ? { port } : {}), path: '/', headers: signed.headers, timeout: REQUEST_TIMEOUT_MS },
        (response) => {
          readBody(response).then((text) => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              try {
                resolve(JSON.parse(text) as Json);
              } catch {
                reject(new StoreRequestError('InvalidResponse', 'The store answered with a body that is not JSON', true));
              }
            } else {
              reject(errorOf(status, text));
            }
          }, reject);
        },
      );
      request.once('timeout', () => request.destroy(new StoreRequestError('TimeoutError', `No answer within ${REQUEST_TIMEOUT_MS} ms`, true)));
      request.once('error', reject);
      request.end(body);
    });
  };

  return {
    send: async (operation, input) => {
      config.beforeSend(operation);
      const body = JSON.stringify(marshalled(operation, input));
      let mayHaveApplied = false;
      for (let attemptNumber = 1; ; attemptNumber += 1) {
        try {
          return unmarshalled(operation, await attempt(operation, body));
        } catch (error) {
          const answer = error instanceof StoreRequestError ? error : undefined;
          if (mayHaveApplied && answer?.name === CONDITION_FAILED) {
            throw new StoreRequestError(UNCERTAIN_WRITE, 'The condition failed on a retry after an attempt that may have been applied', false);
          }
          // Network failures (reset, refused, timeout) are retried like the store's own "try again" answers.
          const retryable = answer ? answer.retryable : true;
          if (!retryable || attemptNumber >= config.maxAttempts) throw error;
          mayHaveApplied ||= !answer || !NOT_APPLIED.has(answer.name);
          await sleep(BASE_BACKOFF_MS * 2 ** (attemptNumber - 1) * (0.5 + Math.random()));
        }
      }
    },
    destroy: () => agent.destroy(),
  };
};
