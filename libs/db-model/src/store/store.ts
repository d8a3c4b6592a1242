import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { recordStoreCall } from './store-calls';

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

const isLocal = (endpoint: string | undefined): boolean =>
  endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/.test(endpoint);

/** Creates the process-wide store client. Call once at start (tests: through the testing helper). */
export const configureStore = (config: StoreConfig): Store => {
  // The SDK is pinned on purpose (later releases need Node 22); its yearly reminder is noise here.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  current?.client.destroy();
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
      const commandName = context.commandName ?? 'Unknown';
      const fault = faultInjector?.(commandName);
      if (fault) throw fault;
      recordStoreCall(commandName);
      return next(args);
    },
    { step: 'initialize', name: 'integratesStoreCallCounter' },
  );
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  current = { client, documentClient, tableName: config.tableName };
  return current;
};

export const getStore = (): Store => {
  if (!current) throw new Error('The data store is not configured: call configureStore() first');
  return current;
};

export const closeStore = (): void => {
  current?.client.destroy();
  current = undefined;
};
