export * from './levels';
export { redact, redactFields, redactText, isSecretKey, REDACTED } from './redact';
export * from './request-context';
export {
  configureLogging,
  closeLogging,
  loggingOptions,
  type AuditOptions,
  type AuditTarget,
  type LoggingOptions,
} from './logging-config';
export { getLogger, type Logger, type LogMethod } from './logger';
export * from './audit';
export * from './access-log';
export * from './report-error';
