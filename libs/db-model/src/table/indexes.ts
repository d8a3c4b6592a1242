/**
 * The single table and its indexes: the one place where key attributes and index names are defined.
 * Every entity's keys follow the original's grammar (`USER#email`, `ORG#id`, `STATE#<iso date>` ...).
 */
export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export const PRIMARY_KEY = { partitionKey: 'pk', sortKey: 'sk' } as const;

export const INDEXES: readonly IndexDefinition[] = [
  { name: 'inverted_index', partitionKey: 'sk', sortKey: 'pk' },
  { name: 'gsi_2', partitionKey: 'pk_2', sortKey: 'sk_2' },
  { name: 'gsi_3', partitionKey: 'pk_3', sortKey: 'sk_3' },
  { name: 'gsi_4', partitionKey: 'pk_4', sortKey: 'sk_4' },
  { name: 'gsi_5', partitionKey: 'pk_5', sortKey: 'sk_5' },
  { name: 'gsi_6', partitionKey: 'pk_6', sortKey: 'sk_6' },
  { name: 'gsi_hash', partitionKey: 'pk_hash', sortKey: 'sk_hash' },
];

export const DEFAULT_TABLE_NAME = 'integrates_vms';

/** The key attributes of the secondary indexes that items carry besides `pk`/`sk` (derived on every write). */
export const INDEX_KEY_ATTRIBUTES: readonly string[] = [
  ...new Set(INDEXES.flatMap((index) => [index.partitionKey, index.sortKey]).filter((name) => name !== 'pk' && name !== 'sk')),
];
