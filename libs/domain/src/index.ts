export * from './context/context';
export * from './context/require-viewer';
export * from './stakeholders/get-me';
