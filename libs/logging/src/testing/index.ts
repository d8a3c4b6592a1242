export * from './capture-logs';
