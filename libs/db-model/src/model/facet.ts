import { EntityParser, type Entity } from 'dynamodb-toolbox';
import type { ItemKey } from '../store/batch-get';
import type { Item } from '../store/operations';
import { toSnake } from './codec';
import { compileDecoder } from './decoder';
import { IntegratesError } from '@integrates/errors';
import { InvalidRecordError } from './errors';

export interface KeyTemplate {
  /** The original's key grammar: UPPERCASE parts are literal, lowercase parts are filled in. */
  readonly pk: string;
  readonly sk: string;
}

/**
 * One kind of item in the single table (the original's "facet"): its toolbox entity (the schema, the
 * key computation and the index attributes) and the mapping between stored items and records.
 */
export interface Facet<R> {
  readonly name: string;
  readonly entity: Entity;
  readonly keyTemplate: KeyTemplate;
  readonly indexTemplates: Readonly<Record<string, KeyTemplate>>;
  /** Validates a record against the schema and gives the full item: keys, index attributes, entity name. */
  readonly toItem: (record: R) => Item;
  readonly fromItem: (item: Item) => R;
}

const registry: Facet<unknown>[] = [];

/** Every facet defined by db-model, for the design export. */
export const allFacets = (): readonly Facet<unknown>[] => registry;

const describeParseError = (facet: string, error: unknown): InvalidRecordError =>
  new InvalidRecordError(`Invalid ${facet.replace(/_/g, ' ')}: ${(error as Error).message}`, {
    facet,
    code: (error as { code?: string }).code,
  });

export const defineFacet = <R>(definition: {
  readonly name: string;
  readonly entity: Entity;
  readonly keyTemplate: KeyTemplate;
  readonly indexTemplates?: Readonly<Record<string, KeyTemplate>>;
}): Facet<R> => {
  const parser = definition.entity.build(EntityParser);
  const decode = compileDecoder(definition.entity.schema);
  const facet: Facet<R> = {
    name: definition.name,
    entity: definition.entity,
    keyTemplate: definition.keyTemplate,
    indexTemplates: definition.indexTemplates ?? {},
    toItem: (record) => {
      try {
        return parser.parse(toSnake(record)).item as Item;
      } catch (error) {
        if (error instanceof IntegratesError) throw error;
        throw describeParseError(definition.name, error);
      }
    },
    fromItem: (item) => decode(item) as R,
  };
  registry.push(facet as Facet<unknown>);
  return facet;
};

export const keyOf = (item: Item): ItemKey => ({ pk: String(item['pk']), sk: String(item['sk']) });
