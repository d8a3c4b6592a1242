import type winston from 'winston';
import { auditLogger } from './logging-config';
import type { LogFields } from './levels';
import { redactFields, redactText } from './redact';
import { getRequestContext } from './request-context';

export type AuditOutcome = 'allowed' | 'denied' | 'failed';

export interface AuditEvent {
  /** Who acted: an email, or "anonymous". Defaults to the request's user. */
  readonly actor?: string;
  /** What was attempted, as `<subject>.<verb>`: "session.sign_in", "graphql.query". */
  readonly action: string;
  /** What it was done to: "stakeholder:jdoe@example.com", a GraphQL field path. */
  readonly object: string;
  readonly outcome: AuditOutcome;
  readonly details?: LogFields;
}

/**
 * Records who did what to which object with what outcome, on the audit log's own transport (never
 * mixed into the application log's, and never silenced by LOG_LEVEL once logging is configured).
 */
export const audit = (event: AuditEvent): void => {
  const context = getRequestContext();
  const entry = {
    timestamp: new Date().toISOString(),
    level: 'info',
    log: 'audit',
    actor: redactText(event.actor ?? context?.user ?? 'anonymous'),
    action: event.action,
    object: redactText(event.object),
    outcome: event.outcome,
    ...(context ? { requestId: context.requestId } : {}),
    ...(context?.operation === undefined ? {} : { operation: context.operation }),
    details: redactFields(event.details ?? {}),
  };
  auditLogger().log({ ...entry, message: `${entry.actor} ${entry.action} ${entry.object}: ${entry.outcome}` } as winston.LogEntry);
};
