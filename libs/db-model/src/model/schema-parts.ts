import { any, map, number, record, string, type MapAttributes } from 'dynamodb-toolbox';

/** A versioned state map: its own attributes plus who changed it and when. */
export const stateMap = <A extends MapAttributes>(attributes: A) =>
  map({ ...attributes, modified_by: string(), modified_date: string() });

/** Denormalised values recomputed after mutations (the original's "unreliable indicators"). */
export const indicatorsMap = () => record(string(), any()).optional();

/** The scores computed from a finding's (or a vulnerability override's) CVSS vectors. */
export const severityScoreMap = () =>
  map({
    cvss_v3: string(),
    base_score: number(),
    temporal_score: number(),
    cvssf: number(),
    cvss_v4: string().optional(),
    base_score_v4: number().optional(),
    threat_score_v4: number().optional(),
    cvssf_v4: number().optional(),
  });
