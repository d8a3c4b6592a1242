export * from './types';
export * from './organization-access';
export * from './group-access';
