import { Table } from 'dynamodb-toolbox';
import { getStore } from '../store/store';

const key = { type: 'string' } as const;

/**
 * The toolbox view of the single table. Its name and client are read from the configured store at
 * send time, so entities can be declared once at module level.
 */
export const table = new Table({
  name: () => getStore().tableName,
  partitionKey: { name: 'pk', ...key },
  sortKey: { name: 'sk', ...key },
  indexes: {
    inverted_index: { type: 'global', partitionKey: { name: 'sk', ...key }, sortKey: { name: 'pk', ...key } },
    gsi_2: { type: 'global', partitionKey: { name: 'pk_2', ...key }, sortKey: { name: 'sk_2', ...key } },
    gsi_3: { type: 'global', partitionKey: { name: 'pk_3', ...key }, sortKey: { name: 'sk_3', ...key } },
    gsi_4: { type: 'global', partitionKey: { name: 'pk_4', ...key }, sortKey: { name: 'sk_4', ...key } },
    gsi_5: { type: 'global', partitionKey: { name: 'pk_5', ...key }, sortKey: { name: 'sk_5', ...key } },
    gsi_6: { type: 'global', partitionKey: { name: 'pk_6', ...key }, sortKey: { name: 'sk_6', ...key } },
    gsi_hash: { type: 'global', partitionKey: { name: 'pk_hash', ...key }, sortKey: { name: 'sk_hash', ...key } },
  },
});

// The toolbox reads `documentClient` when a command is sent; resolving it from the store at that moment
// lets tests and the app reconfigure the store without redeclaring entities.
Object.defineProperty(table, 'documentClient', { get: () => getStore().documentClient, configurable: true });
