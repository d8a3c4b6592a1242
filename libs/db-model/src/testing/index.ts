import { startEmbeddedEngine, type EmbeddedEngine } from '../engine/embedded-engine';
import { closeStore, configureStore } from '../store/store';
import { ensureTable } from '../table/create-table';
import { startAnswerDroppingProxy } from './answer-dropping-proxy';

export * from './fixtures';
export { setFaultInjector } from '../store/store';

export interface TestStore {
  readonly engine: EmbeddedEngine;
  readonly endpoint: string;
  readonly tableName: string;
  /** Points the process-wide store at `endpoint` (a proxy in front of the engine), or back at the engine. */
  readonly connectThrough: (endpoint?: string) => void;
  readonly stop: () => Promise<void>;
}

/**
 * An in-memory engine on a free loopback port, with the table and its indexes created, and the
 * process-wide store pointed at it. Use in `beforeAll`; call `stop` in `afterAll`.
 */
export const startTestStore = async (tableName = 'integrates_test'): Promise<TestStore> => {
  const engine = await startEmbeddedEngine();
  const connectThrough = (endpoint = engine.endpoint): void => {
    configureStore({ endpoint, region: 'us-east-1', tableName, maxAttempts: 2 });
  };
  connectThrough();
  await ensureTable();
  return {
    engine,
    endpoint: engine.endpoint,
    tableName,
    connectThrough,
    stop: async () => {
      closeStore();
      await engine.stop();
    },
  };
};

/**
 * Runs `fn` with the process-wide store behind an answer-dropping proxy that drops the answer to the
 * first request `matches` picks (it is still carried out), then points the store back at the engine.
 * `matched` says how many requests `matches` picked in all, retries included.
 */
export const withFirstAnswerDropped = async <T>(
  store: TestStore,
  matches: (operation: string, body: string) => boolean,
  fn: () => Promise<T>,
): Promise<{ readonly result: T; readonly dropped: number; readonly matched: number }> => {
  let matched = 0;
  const proxy = await startAnswerDroppingProxy(store.endpoint, (operation, body) => matches(operation, body) && (matched += 1) === 1);
  store.connectThrough(proxy.endpoint);
  try {
    const result = await fn();
    return { result, dropped: proxy.dropped(), matched };
  } finally {
    store.connectThrough();
    await proxy.stop();
  }
};
