export * from './get-me';
export * from './memberships';
export * from './stakeholder-view';
export * from './list-stakeholders';
export * from './get-stakeholder';
