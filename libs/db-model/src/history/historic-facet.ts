import { Entity, item, string, type ItemSchema } from 'dynamodb-toolbox';
import { defineFacet, type Facet } from '../model/facet';
import { historicSortKey } from '../model/keys';
import type { Item } from '../store/operations';
import { table } from '../table/table';

/** Every versioned state map carries who changed it and when. */
export interface VersionedState {
  readonly modifiedBy: string;
  readonly modifiedDate: string;
}

type StateAttributes = ItemSchema['attributes'];

/** A historic facet: one row per past state, pk `<history pk>`, sk `<PREFIX>#<modified date>`. */
export interface HistoricFacet<S extends VersionedState> extends Facet<S & { readonly pk: string; readonly sk: string }> {
  readonly prefix: string;
}

export const defineHistoricFacet = <S extends VersionedState>(definition: {
  readonly name: string;
  readonly prefix: string;
  readonly historyKey: string;
  readonly attributes: StateAttributes;
}): HistoricFacet<S> => {
  const entity = new Entity({
    name: definition.name,
    table,
    timestamps: false,
    schema: item({ pk: string().key(), sk: string().key(), ...definition.attributes }),
  });
  const facet = defineFacet<S & { readonly pk: string; readonly sk: string }>({
    name: definition.name,
    entity: entity as unknown as Entity,
    keyTemplate: { pk: definition.historyKey, sk: `${definition.prefix}#modified_date` },
  });
  return { ...facet, prefix: definition.prefix };
};

/** The row that records `state` as a past state of the entity whose history lives under `historyPk`. */
export const historicRow = <S extends VersionedState>(facet: HistoricFacet<S>, historyPk: string, state: S): Item =>
  facet.toItem({ ...state, pk: historyPk, sk: historicSortKey(facet.prefix, state.modifiedDate) });

export const stateFromRow = <S extends VersionedState>(facet: HistoricFacet<S>, row: Item): S => {
  const { pk: _pk, sk: _sk, ...state } = facet.fromItem(row);
  return state as unknown as S;
};
