import SchemaBuilder from '@pothos/core';
import type { GraphQLContext } from './context';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({ description: 'The entry points for reading.' });
builder.mutationType({ description: 'The entry points for changing.' });
