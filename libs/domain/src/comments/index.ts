export * from './finding-comments';
