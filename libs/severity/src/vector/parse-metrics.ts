import { InvalidVectorError } from '../invalid-vector-error';
import { isRequired, MetricDefinition, MetricTable, MetricValues, NOT_DEFINED } from './metric-table';

const list = (values: readonly string[]): string => values.join(', ');

interface CompiledTable {
  readonly names: readonly string[];
  readonly byName: ReadonlyMap<string, MetricDefinition>;
}

// Tables are constants: reading their keys once keeps per-vector work to lookups.
const compiled = new WeakMap<MetricTable, CompiledTable>();

const compile = (table: MetricTable): CompiledTable => {
  const known = compiled.get(table);
  if (known !== undefined) {
    return known;
  }
  const result = { names: Object.keys(table), byName: new Map(Object.entries(table)) };
  compiled.set(table, result);
  return result;
};

const splitComponent = (component: string, vector: string): readonly [string, string] => {
  const colon = component.indexOf(':');
  if (colon <= 0 || colon === component.length - 1 || component.indexOf(':', colon + 1) !== -1) {
    throw new InvalidVectorError(`component "${component}" is not of the form METRIC:VALUE`, {
      reason: 'malformed-component',
      vector,
    });
  }
  return [component.slice(0, colon), component.slice(colon + 1)];
};

/**
 * Reads `PREFIX/METRIC:VALUE/...` against a metric table. Metrics may come in any order; each may
 * appear once; every base metric must be present; absent optional metrics read as `X`.
 * The first problem found is thrown as an InvalidVectorError naming the metric and what it allows.
 */
export const parseMetrics = <T extends MetricTable>(
  vector: string,
  prefix: string,
  table: T,
): MetricValues<T> => {
  if (!vector.startsWith(`${prefix}/`)) {
    throw new InvalidVectorError(`expected the prefix ${prefix}/`, { reason: 'unsupported-version', vector });
  }
  const { names, byName } = compile(table);
  const seen = new Map<string, string>();
  for (const component of vector.slice(prefix.length + 1).split('/')) {
    const [metric, value] = splitComponent(component, vector);
    const definition = byName.get(metric);
    if (definition === undefined) {
      throw new InvalidVectorError(`unknown metric ${metric}; allowed: ${list(names)}`, {
        reason: 'unknown-metric',
        vector,
        metric,
        allowed: names,
      });
    }
    if (seen.has(metric)) {
      throw new InvalidVectorError(`metric ${metric} appears more than once`, {
        reason: 'duplicate-metric',
        vector,
        metric,
      });
    }
    if (!definition.values.includes(value)) {
      throw new InvalidVectorError(`metric ${metric} has value ${value}; allowed: ${list(definition.values)}`, {
        reason: 'invalid-value',
        vector,
        metric,
        value,
        allowed: definition.values,
      });
    }
    seen.set(metric, value);
  }
  const metrics: Record<string, string> = {};
  for (const metric of names) {
    const value = seen.get(metric);
    const definition = byName.get(metric) as MetricDefinition; // names and byName hold the same keys
    if (value !== undefined) {
      metrics[metric] = value;
    } else if (isRequired(definition)) {
      throw new InvalidVectorError(`base metric ${metric} is missing; allowed: ${list(definition.values)}`, {
        reason: 'missing-metric',
        vector,
        metric,
        allowed: definition.values,
      });
    } else {
      metrics[metric] = NOT_DEFINED;
    }
  }
  // Every key of the table was assigned a value the table allows for it, which is what MetricValues states.
  return metrics as MetricValues<T>;
};

/** The canonical vector string: table order, Not Defined (`X`) metrics left out. */
export const formatMetrics = <T extends MetricTable>(prefix: string, table: T, metrics: MetricValues<T>): string => {
  let vector = prefix;
  for (const metric of compile(table).names) {
    const value: string = metrics[metric];
    if (value !== NOT_DEFINED) {
      vector += `/${metric}:${value}`;
    }
  }
  return vector;
};
