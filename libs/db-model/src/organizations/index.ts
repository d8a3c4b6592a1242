export * from './types';
export { organizationKey } from './entity';
export { addOrganization } from './add';
export * from './get';
export * from './update';
