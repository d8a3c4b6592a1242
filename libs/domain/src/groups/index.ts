export * from './field-errors';
export * from './group-errors';
export * from './load-group';
export * from './add-group';
export * from './update-group';
export * from './update-group-info';
export * from './remove-group';
export * from './group-tags';
