export * from './read-invitation';
export * from './respond-to-invitation';
