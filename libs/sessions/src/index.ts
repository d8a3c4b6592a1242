export * from './session-token';
export * from './api-token';
export * from './invitation-token';
export * from './signing-key';
