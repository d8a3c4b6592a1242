import { localAdminEmail, LOCAL_EMAIL_PATTERN, DEFAULT_TABLE_NAME } from '@integrates/db-model';
import { relative, resolve } from 'node:path';
import { resetDatabase, ResetRefusedError } from './db-reset';
import { EXPORT_PATH, WORKSPACE_ROOT } from './paths';

// Run by `npx nx run tools:db-reset` (node -r @swc-node/register): wipes the development table and
// loads database-design/database-design.json again. Reads the app's variables: DYNAMODB_ENDPOINT,
// DATA_DIR, TABLE_NAME, AWS_REGION, ADMIN_EMAIL, SEED_FILE, ENVIRONMENT.
const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

const fail = (message: string): void => {
  console.error(`db-reset: ${message}`);
  process.exitCode = 1;
};

// A second engine on a directory the app holds fails on its first request, outside any await.
process.once('uncaughtException', (error) => {
  fail(`${error.message}. Is \`npm start\` running on the same DATA_DIR? Stop it first: one engine per data directory.`);
  process.exit(1);
});

const main = async (): Promise<void> => {
  if (env('ENVIRONMENT') === 'production') return fail('ENVIRONMENT is production: db-reset only wipes development data');
  const adminEmail = env('ADMIN_EMAIL');
  if (adminEmail !== undefined && !LOCAL_EMAIL_PATTERN.test(adminEmail)) {
    return fail(`ADMIN_EMAIL: must be an email address, for example dev@example.com (got ${JSON.stringify(adminEmail)})`);
  }
  const endpoint = env('DYNAMODB_ENDPOINT');
  const report = await resetDatabase({
    ...(endpoint ? { endpoint } : {}),
    dataDir: env('DATA_DIR') ?? '.data',
    tableName: env('TABLE_NAME') ?? DEFAULT_TABLE_NAME,
    region: env('AWS_REGION') ?? 'us-east-1',
    designFile: env('SEED_FILE') ?? (relative(process.cwd(), resolve(WORKSPACE_ROOT, EXPORT_PATH)) || EXPORT_PATH),
    adminEmail: localAdminEmail(adminEmail),
  });
  console.log(
    `db-reset: wiped ${report.wiped} items of ${report.store}; loaded ${report.rows} rows of ${report.facets} facets ` +
      `as ${report.adminEmail} in ${report.durationMs} ms`,
  );
};

main().catch((error: unknown) => {
  if (error instanceof ResetRefusedError || (error instanceof Error && error.message.startsWith('Cannot read the design file'))) {
    return fail(error.message);
  }
  throw error;
});
