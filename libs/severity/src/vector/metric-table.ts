/**
 * How a CVSS version declares its metrics: the key order is the canonical order of the vector string,
 * and each metric lists its values in the order the specification presents them. Base metrics are
 * required; every other group is optional and uses `X` (Not Defined) when absent.
 */
export interface MetricDefinition<Group extends string = string> {
  readonly group: Group;
  readonly values: readonly string[];
}

export type MetricTable<Group extends string = string> = Readonly<Record<string, MetricDefinition<Group>>>;

/** One value per metric of a table, typed by what the table allows for it. */
export type MetricValues<T extends MetricTable> = { readonly [K in keyof T]: T[K]['values'][number] };

export const NOT_DEFINED = 'X';

export const isRequired = (definition: MetricDefinition): boolean => definition.group === 'base';
