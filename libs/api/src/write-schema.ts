import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { printSchemaSdl, SCHEMA_FILE } from './schema-sdl';

// `npx nx run api:schema`: writes libs/api/schema.graphql from the code.
writeFileSync(SCHEMA_FILE, printSchemaSdl());
process.stdout.write(`Wrote ${relative(process.cwd(), SCHEMA_FILE)}\n`);
