export * from './access-errors';
export * from './invitation-state';
export * from './grant-group-access';
export * from './grant-organization-access';
export * from './update-group-stakeholder';
export * from './update-organization-stakeholder';
export * from './remove-stakeholder-access';
