import { buildSchema } from 'graphql';
import { availabilityOf } from './availability';
import { OPERATIONS } from './operations';

const SCHEMA = buildSchema(`
  type Query { me: Me!, group(groupName: String!): Group! }
  type Me { userEmail: String! }
  type Group { name: String! }
`);

describe('availabilityOf', () => {
  it('says an operation is not available yet when a field it needs is missing', () => {
    expect(availabilityOf(['Query.group', 'Group.findings'], ['{ group(groupName: "g") { findings { id } } }'], SCHEMA)).toEqual({
      available: false,
      reason: 'not available yet',
      detail: 'the schema has no Group.findings',
    });
  });

  it('reports a document that does not fit fields that exist, instead of calling it unavailable', () => {
    expect(availabilityOf(['Query.group'], ['{ group(name: "g") { name } }'], SCHEMA)).toMatchObject({
      available: false,
      reason: 'document does not match the schema',
    });
  });

  it('lets a valid document run', () => {
    expect(availabilityOf(['Query.me'], ['query Me { me { userEmail } }'], SCHEMA)).toEqual({ available: true });
  });

  it('requires at least one schema field of every benchmark operation', () => {
    for (const operation of OPERATIONS) expect(operation.requires.length).toBeGreaterThan(0);
  });
});
