export * from './session-token';
export * from './signing-key';
