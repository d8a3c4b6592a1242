export * from './store/store';
export * from './store/store-calls';
export { DEFAULT_TABLE_NAME, INDEXES, PRIMARY_KEY, type IndexDefinition } from './table/indexes';
export { ensureTable, isStoreReady } from './table/create-table';
export { startEmbeddedEngine, type EmbeddedEngine, type EmbeddedEngineOptions } from './engine/embedded-engine';
export * from './stakeholders';
export * from './dataloaders';
