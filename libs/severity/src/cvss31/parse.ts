import { formatMetrics, parseMetrics } from '../vector/parse-metrics';
import { CVSS31_METRICS, CVSS31_PREFIX, Cvss31Metrics } from './metrics';

/** Reads a `CVSS:3.1/...` vector; throws InvalidVectorError naming the first problem. */
export const parseCvss31 = (vector: string): Cvss31Metrics => parseMetrics(vector, CVSS31_PREFIX, CVSS31_METRICS);

/** The canonical `CVSS:3.1/...` string: specification order, Not Defined metrics left out. */
export const formatCvss31 = (metrics: Cvss31Metrics): string => formatMetrics(CVSS31_PREFIX, CVSS31_METRICS, metrics);
