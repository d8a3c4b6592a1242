export * from './organization-errors';
export * from './load-organization';
export * from './add-organization';
export * from './organization-groups';
