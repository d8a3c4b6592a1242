export * from './types';
export {
  addEventComment,
  addFindingComment,
  addGroupComment,
  getEventComments,
  getFindingComments,
  getGroupComments,
} from './entities';
