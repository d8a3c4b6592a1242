export * from './context/context';
export * from './context/require-viewer';
export * from './stakeholders/get-me';
export * from './sessions/resolve-viewer';
export * from './sessions/web-session';
export * from './sessions/access-tokens';
export * from './authorization/authorize';
