import { batchWriteItems, send, type Item } from '../store/operations';
import type { ItemKey } from '../store/batch-get';
import { getStore } from '../store/store';
import { ADMIN_EMAIL_PLACEHOLDER } from './admin-email';
import { designItems, type DesignFacetRows } from './design-file';

export interface SeedReport {
  readonly rows: number;
  readonly facets: number;
  readonly adminEmail: string;
  readonly durationMs: number;
}

const scanPage = async (options: { readonly limit?: number; readonly start?: Item; readonly keysOnly?: boolean }) => {
  const { transport, tableName } = getStore();
  const output = await send(() =>
    transport.send('Scan', {
        TableName: tableName,
        ConsistentRead: true,
        ...(options.limit !== undefined ? { Limit: options.limit } : {}),
        ...(options.start ? { ExclusiveStartKey: options.start } : {}),
        ...(options.keysOnly ? { ProjectionExpression: '#pk, #sk', ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' } } : {}),
      }),
  );
  return { items: (output['Items'] ?? []) as Item[], next: output['LastEvaluatedKey'] as Item | undefined };
};

/** Whether the table holds no item at all. */
export const isTableEmpty = async (): Promise<boolean> => (await scanPage({ limit: 1 })).items.length === 0;

/** Every item of the table, page by page. For development tools and tests: it reads the whole table. */
export const scanAllItems = async (options: { readonly keysOnly?: boolean } = {}): Promise<readonly Item[]> => {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await scanPage({ ...options, ...(start ? { start } : {}) });
    items.push(...page.items);
    start = page.next;
  } while (start);
  return items;
};

/** Deletes every item of the table (the table and its indexes stay); returns how many there were. */
export const wipeTable = async (): Promise<number> => {
  const keys: ItemKey[] = (await scanAllItems({ keysOnly: true })).map((item) => ({ pk: String(item['pk']), sk: String(item['sk']) }));
  await batchWriteItems([], keys);
  return keys.length;
};

/**
 * Writes the design rows (BatchWriteItem, 25 a request) with the local user's email in place of
 * `__adminEmail__`. Existing items with the same keys are overwritten; nothing else is touched.
 */
export const loadDesignRows = async (facets: readonly DesignFacetRows[], adminEmail: string): Promise<SeedReport> => {
  const started = performance.now();
  const items = designItems(facets, ADMIN_EMAIL_PLACEHOLDER, adminEmail);
  await batchWriteItems(items);
  return {
    rows: items.length,
    facets: facets.filter((facet) => facet.rows.length > 0).length,
    adminEmail,
    durationMs: Math.round(performance.now() - started),
  };
};
