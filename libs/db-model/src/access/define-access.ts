import { boolean, Entity, item, map, number, string } from 'dynamodb-toolbox';
import { commitVersioned } from '../history/commit-states';
import { defineHistoricFacet, historicRow } from '../history/historic-facet';
import { readHistory } from '../history/read-history';
import { AlreadyExistsError, EntityNotFoundError } from '../model/errors';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { getByKeys, queryAll } from '../model/lookups';
import { ConditionFailed, deleteItem, putItem } from '../store/operations';
import { table } from '../table/table';
import type { AccessState } from './types';

const stateAttributes = {
  has_access: boolean(),
  role: string().optional(),
  responsibility: string().optional(),
  invitation: map({
    is_used: boolean(),
    role: string(),
    url_token: string(),
    responsibility: string().optional(),
  }).optional(),
  expiration_time: number().optional(),
  modified_by: string(),
  modified_date: string(),
};

/**
 * The access of a stakeholder to an organization or a group: `USER#email` / `<PREFIX>#<parent>`, with its
 * history under `USER#email#<PREFIX>#<parent>`. Listed per user by the table and per parent by the
 * inverted index.
 */
export const defineAccess = <R extends { readonly email: string; readonly state: AccessState }, P extends string>(spec: {
  readonly name: string;
  readonly prefix: 'ORG' | 'GROUP';
  readonly parentField: P;
  readonly parentAttribute: string;
  readonly parentLabel: string;
}) => {
  const parentOf = (record: R): string => (record as unknown as Record<string, string>)[spec.parentField] ?? '';
  const key = (email: string, parent: string) =>
    ({
      pk: `USER#${keyPart('email', email.toLowerCase())}`,
      sk: `${spec.prefix}#${keyPart(spec.parentLabel, parent)}`,
    }) as const;
  const historyPk = (email: string, parent: string) => `${key(email, parent).pk}#${key(email, parent).sk}`;

  const attributes = item({
    email: string().key(),
    [spec.parentAttribute]: string().key(),
    state: map(stateAttributes),
  });
  const entity = new Entity({
    name: spec.name,
    table,
    timestamps: false,
    schema: attributes,
    computeKey: (keyInput: Record<string, string>) => key(keyInput['email'] ?? '', keyInput[spec.parentAttribute] ?? ''),
  } as never) as unknown as Entity;

  const facet = defineFacet<R>({
    name: spec.name,
    entity,
    keyTemplate: { pk: 'USER#email', sk: `${spec.prefix}#${spec.parentAttribute}` },
    indexTemplates: { inverted_index: { pk: `${spec.prefix}#${spec.parentAttribute}`, sk: 'USER#email' } },
  });
  const historic = defineHistoricFacet<AccessState>({
    name: spec.name.replace('_access', '_historic_access'),
    prefix: 'STATE',
    historyKey: `USER#email#${spec.prefix}#${spec.parentAttribute}`,
    attributes: stateAttributes,
  });

  return {
    facet,
    key,
    /** Creates the access; a second add for the same pair fails and writes nothing. */
    add: async (access: R): Promise<void> => {
      try {
        await putItem(facet.toItem(access), [{ path: 'pk', exists: false }]);
      } catch (error) {
        if (error instanceof ConditionFailed) throw new AlreadyExistsError(spec.name, historyPk(access.email, parentOf(access)));
        throw error;
      }
    },
    getMany: (requests: readonly { readonly email: string; readonly parent: string }[]) =>
      getByKeys(facet, requests.map(({ email, parent }) => key(email, parent))),
    /** Every access of one stakeholder. */
    byUser: (email: string) =>
      queryAll(facet, { partitionValue: key(email, 'x').pk, sortBeginsWith: `${spec.prefix}#` }),
    /** Every access to one organization or group. */
    byParent: (parent: string) =>
      queryAll(facet, { index: 'inverted_index', partitionValue: key('x', parent).sk, sortBeginsWith: 'USER#' }),
    updateState: (current: R, state: AccessState): Promise<R> =>
      commitVersioned({
        metadata: facet,
        key: key(current.email, parentOf(current)),
        current,
        historyPk: historyPk(current.email, parentOf(current)),
        attribute: 'state',
        facet: historic,
        next: state,
      }),
    /** Removes the access, keeping its last state in the history. */
    remove: async (current: R): Promise<void> => {
      const accessKey = key(current.email, parentOf(current));
      await putItem(historicRow(historic, historyPk(current.email, parentOf(current)), current.state));
      try {
        await deleteItem(accessKey, [{ path: 'state.modified_date', equals: current.state.modifiedDate }]);
      } catch (error) {
        if (error instanceof ConditionFailed) throw new EntityNotFoundError(spec.name, historyPk(current.email, parentOf(current)));
        throw error;
      }
    },
    history: (current: R) => readHistory(historic, historyPk(current.email, parentOf(current)), current.state),
  };
};
