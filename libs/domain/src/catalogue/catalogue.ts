import requirementRows from './requirements.json';
import weaknessRows from './weaknesses.json';

/** A security requirement a weakness breaks. */
export interface Requirement {
  readonly id: string;
  readonly title: string;
}

/** A type of weakness: findings are reported as `NNN. Title` of one of these. */
export interface Weakness {
  /** Three digits. */
  readonly code: string;
  readonly title: string;
  readonly cwe: readonly number[];
  /** Ids of the requirements it breaks. */
  readonly requirements: readonly string[];
}

export const REQUIREMENTS: readonly Requirement[] = requirementRows;
export const WEAKNESSES: readonly Weakness[] = weaknessRows;

const requirementsById = new Map(REQUIREMENTS.map((requirement) => [requirement.id, requirement]));
const weaknessesByCode = new Map(WEAKNESSES.map((weakness) => [weakness.code, weakness]));

/** The title a finding of this type carries. */
export const findingTitle = (weakness: Weakness): string => `${weakness.code}. ${weakness.title}`;

export const weaknessByCode = (code: string): Weakness | undefined => weaknessesByCode.get(code);

/** The weakness a finding title names: `NNN. Title`, exactly as the catalogue has it. */
export const weaknessByTitle = (title: string): Weakness | undefined => {
  const match = /^(\d{3})\. (.+)$/.exec(title.trim());
  const weakness = match?.[1] ? weaknessesByCode.get(match[1]) : undefined;
  return weakness && match?.[2] === weakness.title ? weakness : undefined;
};

/** The three-digit code at the start of a finding title, whether or not it is in the catalogue. */
export const titleCode = (title: string): string | undefined => /^(\d{3})\./.exec(title.trim())?.[1];

export const requirementById = (id: string): Requirement | undefined => requirementsById.get(id);
