import { startEmbeddedEngine, type EmbeddedEngine } from '../engine/embedded-engine';
import { closeStore, configureStore } from '../store/store';
import { ensureTable } from '../table/create-table';

export * from './fixtures';
export { startAnswerDroppingProxy, type AnswerDroppingProxy } from './answer-dropping-proxy';
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
