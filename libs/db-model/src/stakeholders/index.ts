export * from './types';
export { putStakeholder } from './add';
export { getStakeholders } from './get';
