import type { SeverityScore } from '@integrates/db-model';
import { severityLevel } from '@integrates/severity';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

interface SeverityView {
  readonly version: string;
  readonly vector: string;
  readonly score: number;
  readonly baseScore: number;
  readonly cvssf: number;
}

/** CVSS 3.1: the score is the temporal score (the original's severity score). */
export const severityV3 = (severity: SeverityScore): SeverityView => ({
  version: '3.1',
  vector: severity.cvssV3,
  score: severity.temporalScore,
  baseScore: severity.baseScore,
  cvssf: severity.cvssf,
});

/** CVSS 4.0, when given: the score is CVSS-BT (base and threat metrics). */
export const severityV4 = (severity: SeverityScore): SeverityView | null =>
  severity.cvssV4 && severity.threatScoreV4 !== undefined && severity.baseScoreV4 !== undefined && severity.cvssfV4 !== undefined
    ? { version: '4.0', vector: severity.cvssV4, score: severity.threatScoreV4, baseScore: severity.baseScoreV4, cvssf: severity.cvssfV4 }
    : null;

export const SeverityType = builder.objectRef<SeverityView>('Severity').implement({
  description: 'A CVSS vector and what it scores.',
  extensions: INHERITED,
  fields: (t) => ({
    version: t.exposeString('version', { description: '3.1 or 4.0.' }),
    vector: t.exposeString('vector', { description: 'Normalised: specification order, Not Defined metrics left out.' }),
    score: t.exposeFloat('score', { description: '3.1: the temporal score; 4.0: CVSS-BT.' }),
    baseScore: t.exposeFloat('baseScore'),
    cvssf: t.exposeFloat('cvssf', { description: '4^(score - 4), the risk-exposure weight.' }),
    level: t.string({ description: 'none, low, medium, high or critical.', resolve: (severity) => severityLevel(severity.score) }),
  }),
});
