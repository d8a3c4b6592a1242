export * from './types';
export { stakeholderKey } from './entity';
export { addStakeholder, putStakeholder } from './add';
export { getAllStakeholders, getStakeholders } from './get';
export { removeStakeholder, updateAccessTokens, updateStakeholder } from './update';
