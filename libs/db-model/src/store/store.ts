import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recordStoreCall } from './store-calls';
import { createTransport, type ItemOperation, type Transport } from './transport';

export interface StoreConfig {
  /** A DynamoDB-compatible endpoint; unset means AWS DynamoDB in `region`. */
  readonly endpoint?: string;
  readonly region: string;
  readonly tableName: string;
  /** Explicit credentials, for local engines that accept anything. Unset uses the AWS default chain. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly maxAttempts?: number;
}

export interface Store {
  /** Item operations (reads, writes, batches, queries). */
  readonly transport: Transport;
  /** Table administration (create, describe). */
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
}

let current: Store | undefined;

/** Decides, per command about to be sent, whether to fail it instead (tests inject crashes with it). */
export type FaultInjector = (commandName: string) => Error | undefined;
let faultInjector: FaultInjector | undefined;

export const setFaultInjector = (injector: FaultInjector | undefined): void => {
  faultInjector = injector;
};

/** Every store request, SDK or transport, is counted and may be failed on purpose by a test here. */
const beforeSend = (commandName: string): void => {
  const fault = faultInjector?.(commandName);
  if (fault) throw fault;
  recordStoreCall(commandName);
};

const isLocal = (endpoint: string | undefined): boolean =>
  endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/.test(endpoint);

/** Creates the process-wide store client. Call once at start (tests: through the testing helper). */
export const configureStore = (config: StoreConfig): Store => {
  // The SDK is pinned on purpose (later releases need Node 22); its yearly reminder is noise here.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  current?.client.destroy();
  current?.transport.destroy();
  const credentials =
    config.credentials ?? (isLocal(config.endpoint) ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined);
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    maxAttempts: config.maxAttempts ?? 4,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      beforeSend(context.commandName ?? 'Unknown');
      return next(args);
    },
    { step: 'initialize', name: 'integratesStoreCallCounter' },
  );
  const transport = createTransport({
    endpoint: config.endpoint ?? `https://dynamodb.${config.region}.amazonaws.com`,
    region: config.region,
    // Without explicit credentials, the SDK's default chain (environment, profile, role) as the client resolved it.
    credentials: credentials ?? (() => client.config.credentials()),
    maxAttempts: config.maxAttempts ?? 4,
    beforeSend: (operation: ItemOperation) => beforeSend(`${operation}Command`),
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  current = { transport, client, documentClient, tableName: config.tableName };
  return current;
};

export const getStore = (): Store => {
  if (!current) throw new Error('The data store is not configured: call configureStore() first');
  return current;
};

export const closeStore = (): void => {
  current?.client.destroy();
  current?.transport.destroy();
  current = undefined;
};
