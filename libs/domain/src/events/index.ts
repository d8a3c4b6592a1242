export * from './event-catalogue';
export * from './event-errors';
export * from './hold-errors';
export { loadEvent } from './load-event';
export * from './add-event';
export * from './event-transitions';
export * from './event-consult';
export * from './event-queries';
export { heldReattacks, MAX_HOLD_VULNERABILITIES, requestVulnerabilitiesHold, type HoldInput, type ReleasedReattacks } from './reattack-holds';
