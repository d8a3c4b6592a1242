import { LOCAL_EMAIL_PATTERN } from '@integrates/db-model';
import { z } from 'zod';

/** The local replica: what development loads into an empty embedded table, and as whom. */
export interface SeedConfig {
  /** SEED_DATA: load the design file into an empty table (development with the embedded engine only). */
  readonly enabled: boolean;
  /** SEED_FILE: the exported design, relative to the working directory (the workspace root under nx). */
  readonly file: string;
  /** ADMIN_EMAIL: the local user; unset means `git config user.email`, else admin@integrates.local. */
  readonly adminEmail?: string;
}

export const SEED_VARIABLES = {
  ADMIN_EMAIL: z
    .string()
    .trim()
    .regex(LOCAL_EMAIL_PATTERN, 'must be an email address, for example dev@example.com')
    .optional(),
  SEED_DATA: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  SEED_FILE: z.string().trim().min(1, 'must be a file path').default('database-design/database-design.json'),
};

export const seedConfigFrom = (value: {
  readonly ADMIN_EMAIL?: string | undefined;
  readonly SEED_DATA: boolean;
  readonly SEED_FILE: string;
}): SeedConfig => ({
  enabled: value.SEED_DATA,
  file: value.SEED_FILE,
  ...(value.ADMIN_EMAIL ? { adminEmail: value.ADMIN_EMAIL } : {}),
});
