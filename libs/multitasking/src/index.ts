export type { Task } from './task';
export * from './collect';
export * from './resolve';
export * from './schedule';
export * from './retry';
export * from './timeout';
export * from './rate-limit';
export * from './worker-pool';
