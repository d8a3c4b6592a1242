export * from './types';
export { rootKey } from './entity';
export * from './functions';
