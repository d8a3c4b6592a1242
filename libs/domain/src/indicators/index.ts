export * from './types';
export * from './vulnerability-indicators';
export * from './compute-finding-indicators';
export * from './compute-group-indicators';
export * from './finding-indicators';
export * from './group-indicators';
export * from './incremental-indicators';
