export * from './types';
export { vulnerabilityKey } from './entity';
export { isAccepted, isReleased, isZeroRisk } from './index-keys';
export * from './add';
export * from './get';
export * from './update';
