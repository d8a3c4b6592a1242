import SchemaBuilder from '@pothos/core';
import type { UploadedFile } from '../vulnerability/upload-scalar';
import type { GraphQLContext } from './context';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  /** Files of GraphQL multipart requests (input only). */
  Scalars: { Upload: { Input: UploadedFile; Output: never } };
}>({
  defaultFieldNullability: false,
});

builder.queryType({ description: 'The entry points for reading.' });
builder.mutationType({ description: 'The entry points for changing.' });
