import type { Plugin } from 'graphql-yoga';
import { armorLimitPlugins } from './armor-limits';
import { maxBreadthRule } from './breadth-rule';
import { useDocumentSizeLimits } from './document-size';
import { requestError } from './limit-error';
import { MAX_VALIDATION_ERRORS, type OperationLimits } from './operation-limits';

/** Validation stops early, so a document full of mistakes (or of repeated unknown directives) gets a short answer. */
const useValidationErrorCap = (maxErrors: number): Plugin => ({
  onValidate({ validateFn, setValidationFn }) {
    setValidationFn((schema, document, rules, options, typeInfo) =>
      validateFn(schema, document, rules, { ...options, maxErrors }, typeInfo),
    );
  },
});

/** One operation per request: a JSON array of operations multiplies every other limit, so it is refused. */
const useSingleOperationRequests = (): Plugin => ({
  onRequestParse: () => ({
    onRequestParseDone({ requestParserResult }) {
      if (Array.isArray(requestParserResult)) {
        throw requestError(
          'BATCHING_NOT_ALLOWED',
          'Exception - Batched operations are not accepted: send one operation per request',
          400,
          false,
        );
      }
    },
  }),
});

/** Every bound on an operation, each refusal a GraphQL error with its own `extensions.code`. */
export const useOperationLimits = (limits: OperationLimits): Plugin[] => [
  useSingleOperationRequests(),
  useDocumentSizeLimits(limits),
  useValidationErrorCap(MAX_VALIDATION_ERRORS),
  {
    onValidate({ addValidationRule }) {
      addValidationRule(maxBreadthRule(limits.maxBreadth));
    },
  },
  ...armorLimitPlugins(limits),
];
