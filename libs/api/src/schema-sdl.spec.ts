import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { printSchemaSdl, SCHEMA_FILE } from './schema-sdl';

describe('libs/api/schema.graphql', () => {
  it('is the schema the code builds', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printSchemaSdl()) {
      throw new Error('libs/api/schema.graphql is stale: run npx nx run api:schema');
    }
  });

  it('is a schema a client can build on its own', () => {
    expect(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')).getQueryType()?.getFields()).toHaveProperty('me');
  });
});
