import { createDataloaders } from '@integrates/db-model';
import { expireTemporaryAcceptances } from '@integrates/domain';
import { schedule } from '@integrates/multitasking';

/** How often lapsed temporary acceptances are looked for. */
export const ACCEPTANCE_EXPIRY_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Returns lapsed temporary acceptances to UNTREATED periodically (the original's scheduled
 * reset_expired_accepted_findings), one run at a time, as a background task that graceful shutdown
 * waits for. The timer does not keep the process alive. Returns the function that stops it.
 */
export const startAcceptanceExpiry = (signingKey: Uint8Array, intervalMs: number = ACCEPTANCE_EXPIRY_INTERVAL_MS): (() => void) => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void schedule(() => expireTemporaryAcceptances({ loaders: createDataloaders(), signingKey }), 'acceptance expiry').finally(() => {
      running = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};
