export * from './types';
export { eventKey } from './entity';
export * from './functions';
