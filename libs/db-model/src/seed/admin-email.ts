import { execFileSync } from 'node:child_process';

/** The local user in the design data; the local replica writes the developer's email in its place. */
export const ADMIN_EMAIL_PLACEHOLDER = '__adminEmail__';

/** Used when neither ADMIN_EMAIL nor `git config user.email` gives one. */
export const FALLBACK_ADMIN_EMAIL = 'admin@integrates.local';

/** What a stakeholder key accepts: one `@`, no spaces, no `#` (the key separator). */
export const LOCAL_EMAIL_PATTERN = /^[^\s@#]{1,64}@[^\s@#]{1,255}$/;

const GIT_TIMEOUT_MS = 2000;

export interface GitLookup {
  /** Where to ask git (the repository whose configuration applies). */
  readonly cwd?: string;
  /** The environment git runs with (tests point its configuration elsewhere). */
  readonly env?: NodeJS.ProcessEnv;
}

const gitEmail = ({ cwd = process.cwd(), env = process.env }: GitLookup): string | undefined => {
  try {
    const email = execFileSync('git', ['config', 'user.email'], {
      cwd,
      env,
      timeout: GIT_TIMEOUT_MS,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return LOCAL_EMAIL_PATTERN.test(email) ? email : undefined;
  } catch {
    // No git, no repository or no user.email: the fallback applies.
    return undefined;
  }
};

/**
 * The local user's email, lowercased as stakeholder keys are: `explicit` (ADMIN_EMAIL), else
 * `git config user.email`, else FALLBACK_ADMIN_EMAIL.
 */
export const localAdminEmail = (explicit?: string, git: GitLookup = {}): string =>
  (explicit?.trim() || gitEmail(git) || FALLBACK_ADMIN_EMAIL).toLowerCase();
