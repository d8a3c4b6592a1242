import { formatMetrics, parseMetrics } from '../vector/parse-metrics';
import { CVSS40_METRICS, CVSS40_PREFIX, Cvss40Metrics } from './metrics';

/** Reads a `CVSS:4.0/...` vector; throws InvalidVectorError naming the first problem. */
export const parseCvss40 = (vector: string): Cvss40Metrics => parseMetrics(vector, CVSS40_PREFIX, CVSS40_METRICS);

/** The canonical `CVSS:4.0/...` string: specification order, Not Defined metrics left out. */
export const formatCvss40 = (metrics: Cvss40Metrics): string => formatMetrics(CVSS40_PREFIX, CVSS40_METRICS, metrics);
