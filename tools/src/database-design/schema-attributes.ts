import type { Facet } from '@integrates/db-model';

/**
 * The part of a dynamodb-toolbox schema this tool reads (tools may not import the toolbox itself):
 * each node's type, its stored name, and its children.
 */
interface SchemaNode {
  readonly type: string;
  readonly props?: { readonly savedAs?: string; readonly hidden?: boolean; readonly key?: boolean };
  readonly attributes?: Readonly<Record<string, SchemaNode>>;
  readonly elements?: SchemaNode | readonly SchemaNode[];
}

export type AttributeType = 'S' | 'N' | 'BOOL' | 'M' | 'L' | 'B' | 'SS';

const TYPES: Readonly<Record<string, AttributeType>> = {
  string: 'S',
  number: 'N',
  boolean: 'BOOL',
  map: 'M',
  record: 'M',
  list: 'L',
  binary: 'B',
  set: 'SS',
};

const rootOf = (facet: Facet<unknown>): SchemaNode => facet.entity.schema as unknown as SchemaNode;

export interface StoredAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

/**
 * The attributes an item of the facet stores besides `pk` and `sk`: the record's, the index keys the
 * entity derives (`pk_2` ...), and the entity name (`_et`).
 */
export const storedAttributes = (facet: Facet<unknown>): readonly StoredAttribute[] =>
  Object.entries(rootOf(facet).attributes ?? {})
    .map(([name, node]) => {
      const type = TYPES[node.type];
      if (!type) throw new Error(`${facet.name}: attribute ${name} has a schema type (${node.type}) with no DynamoDB type`);
      return { name: node.props?.savedAs ?? name, type };
    })
    .filter(({ name }) => name !== 'pk' && name !== 'sk');

const toSnake = (key: string): string => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unknownIn = (value: unknown, node: SchemaNode, path: string): string | undefined => {
  if ((node.type === 'item' || node.type === 'map') && isPlainObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const child = node.attributes?.[toSnake(key)];
      const childPath = path ? `${path}.${key}` : key;
      // Hidden attributes are derived by the entity (index keys, the entity name): never written by hand.
      if (!child || child.props?.hidden) return childPath;
      const found = unknownIn(entry, child, childPath);
      if (found) return found;
    }
    return undefined;
  }
  if (node.type === 'list' && Array.isArray(value) && node.elements && !Array.isArray(node.elements)) {
    const elements = node.elements as SchemaNode;
    for (const [index, entry] of value.entries()) {
      const found = unknownIn(entry, elements, `${path}[${index}]`);
      if (found) return found;
    }
  }
  return undefined;
};

/**
 * The path (camelCase, as written in the data file) of the first attribute of `record` that the facet's
 * schema does not have. The toolbox drops such attributes silently, so a misspelt optional attribute
 * would otherwise vanish from the export.
 */
export const unknownAttribute = (facet: Facet<unknown>, record: Readonly<Record<string, unknown>>): string | undefined =>
  unknownIn(record, rootOf(facet), '');
