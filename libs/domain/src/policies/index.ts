export * from './policy-errors';
export * from './effective-policies';
export * from './validate-policies';
export * from './update-policies';
export * from './read-policies';
