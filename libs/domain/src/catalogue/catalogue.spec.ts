import { findingTitle, REQUIREMENTS, requirementById, WEAKNESSES, weaknessByTitle } from './catalogue';

describe('the weakness catalogue', () => {
  it('has at least 60 weaknesses with unique three-digit codes and distinct titles', () => {
    expect(WEAKNESSES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(WEAKNESSES.map((weakness) => weakness.code)).size).toBe(WEAKNESSES.length);
    expect(new Set(WEAKNESSES.map((weakness) => weakness.title)).size).toBe(WEAKNESSES.length);
    for (const weakness of WEAKNESSES) expect(weakness.code).toMatch(/^\d{3}$/);
  });

  it('names CWE ids and only requirements that exist, each weakness at least one', () => {
    for (const weakness of WEAKNESSES) {
      expect(weakness.cwe.length).toBeGreaterThan(0);
      expect(weakness.requirements.length).toBeGreaterThan(0);
      for (const id of weakness.requirements) expect(requirementById(id)).toBeDefined();
    }
    expect(new Set(REQUIREMENTS.map((requirement) => requirement.id)).size).toBe(REQUIREMENTS.length);
  });

  it('finds a weakness by its exact finding title only', () => {
    const sql = WEAKNESSES.find((weakness) => weakness.code === '001');
    expect(sql && weaknessByTitle(findingTitle(sql))).toBe(sql);
    expect(weaknessByTitle('001. SQL injection')?.code).toBe('001');
    expect(weaknessByTitle('083. XML injection (XXE)')?.code).toBe('083');
    expect(weaknessByTitle('001. Sql Injection')).toBeUndefined();
    expect(weaknessByTitle('999. SQL injection')).toBeUndefined();
    expect(weaknessByTitle('SQL injection')).toBeUndefined();
  });
});
