import type { DomainContext } from '../context/context';
import { computeGroupIndicators } from './compute-group-indicators';
import { findingIndicators } from './finding-indicators';
import type { GroupIndicators } from './types';

/** A group's indicators from its findings' stored indicators: one query for the findings, no vulnerability read. */
export const groupIndicators = async (context: DomainContext, groupName: string, now: number = Date.now()): Promise<GroupIndicators> => {
  const findings = (await context.loaders.groupFindings.load(groupName.toLowerCase())).filter((finding) => finding.state.status === 'CREATED');
  const withIndicators = await Promise.all(findings.map(async (finding) => ({ findingId: finding.id, indicators: await findingIndicators(context, finding) })));
  return computeGroupIndicators(withIndicators, now);
};
