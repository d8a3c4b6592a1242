export * from './base-error';
export * from './common-errors';
