import { any, map, record, string, type MapAttributes } from 'dynamodb-toolbox';

/** A versioned state map: its own attributes plus who changed it and when. */
export const stateMap = <A extends MapAttributes>(attributes: A) =>
  map({ ...attributes, modified_by: string(), modified_date: string() });

/** Denormalised values recomputed after mutations (the original's "unreliable indicators"). */
export const indicatorsMap = () => record(string(), any()).optional();
