export * from './types';
export { groupKey } from './entity';
export { addGroup } from './add';
export * from './get';
export * from './update';
