export * from './consult-errors';
export * from './consult-thread';
export * from './group-consult';
