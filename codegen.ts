import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed client documents from the committed schema (libs/api/schema.graphql), offline. A frontend
 * points `documents` at its own sources; CODEGEN_OUT_DIR redirects the output (the CI check writes
 * to a temporary directory). `persisted-documents.json` in the output is the manifest that the
 * server's allow-list mode reads (GRAPHQL_PERSISTED_OPERATIONS_MANIFEST).
 */
const outDir = process.env['CODEGEN_OUT_DIR'] ?? 'tools/codegen-example/generated/';

const config: CodegenConfig = {
  schema: 'libs/api/schema.graphql',
  documents: ['tools/codegen-example/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [outDir.endsWith('/') ? outDir : `${outDir}/`]: {
      preset: 'client',
      presetConfig: {
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
