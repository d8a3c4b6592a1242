export * from './types';
export { stakeholderKey } from './entity';
export { addStakeholder, putStakeholder } from './add';
export { getAllStakeholders, getStakeholders } from './get';
export { removeStakeholder, revokeSessionToken, updateAccessTokens, updateStakeholder } from './update';
