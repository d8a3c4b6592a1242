import { audit, getLogger, setRequestContextField } from '@integrates/logging';
import { isIntegratesError } from '@integrates/errors';
import { getOperationAST, GraphQLError, type ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';

const log = getLogger('graphql');

/** Error codes that are security decisions: each one is audited as a denial. */
const DENIAL_CODES: ReadonlySet<string> = new Set(['LOGIN_REQUIRED', 'ACCESS_DENIED']);

const originalOf = (error: GraphQLError): unknown => {
  let original: unknown = error.originalError;
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  return original;
};

const codeOf = (error: GraphQLError): string | undefined => {
  const code = error.extensions['code'];
  if (typeof code === 'string') return code;
  const original = originalOf(error);
  return isIntegratesError(original) ? original.code : undefined;
};

/** One audit record per refused field, with the action and reason the authorizer attached. */
const auditDenials = (result: ExecutionResult, operationType: string): void => {
  for (const error of result.errors ?? []) {
    const code = codeOf(error);
    if (code === undefined || !DENIAL_CODES.has(code)) continue;
    const original = originalOf(error);
    const details = isIntegratesError(original) ? original.details : {};
    const action = typeof details['action'] === 'string' ? details['action'] : `graphql.${operationType}`;
    audit({
      action,
      object: error.path?.join('.') ?? '(operation)',
      outcome: 'denied',
      details: { code, ...details },
    });
  }
};

/**
 * Puts the operation name into the request context (so every line of the request carries it), logs
 * each operation at debug level with its variables redacted (never the query text, which may hold
 * literal secrets), and audits the fields refused with LOGIN_REQUIRED or ACCESS_DENIED.
 */
export const useOperationLogging = (): Plugin => ({
  onExecute({ args }) {
    const operation = getOperationAST(args.document, args.operationName);
    const name = operation?.name?.value ?? args.operationName ?? undefined;
    const operationType = operation?.operation ?? 'query';
    if (name) setRequestContextField('operation', name);
    if (log.isLevelEnabled('debug')) {
      log.debug(`GraphQL ${operationType} ${name ?? '(anonymous)'}`, {
        operationType,
        variables: args.variableValues ?? {},
      });
    }
    return {
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result }) => auditDenials(result, operationType)),
    };
  },
});
