import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { allFacets } from '@integrates/db-model';
import { buildItems } from './build-items';
import { parseDataFile, readDataFiles } from './data-files';
import { DesignDataError } from './design-data-error';
import { renderDesign } from './export-design';
import { DATA_FILES_DIR, EXPORT_PATH, WORKSPACE_ROOT } from './paths';
import { exportStaleness, STALE_MESSAGE } from './staleness';

const DATA_DIR = join(WORKSPACE_ROOT, DATA_FILES_DIR);

const runExport = (args: readonly string[]) =>
  promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/src/database-design/schema-export-main.ts', ...args], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });

const failureOf = async (args: readonly string[]): Promise<{ code: number; stderr: string }> => {
  try {
    await runExport(args);
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
  throw new Error('the export succeeded');
};

/** A copy of the data files in a temporary directory, with `edit` applied to one of them. */
const dataCopy = (edit?: { readonly file: string; readonly change: (text: string) => string }): string => {
  const dir = mkdtempSync(join(tmpdir(), 'design-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    const before = readFileSync(path, 'utf8');
    const after = edit.change(before);
    if (after === before) throw new Error(`the edit of ${edit.file} changed nothing`);
    writeFileSync(path, after);
  }
  return dir;
};

const errorOf = (run: () => unknown): DesignDataError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DesignDataError) return error;
    throw error;
  }
  throw new Error('no DesignDataError');
};

describe(EXPORT_PATH, () => {
  it('is up to date with the data files and the db-model entities', () => {
    const path = join(WORKSPACE_ROOT, EXPORT_PATH);
    const problem = exportStaleness(existsSync(path) ? readFileSync(path, 'utf8') : undefined, renderDesign(DATA_DIR));
    if (problem !== undefined) throw new Error(problem);
  });

  it('has a facet for every db-model facet, with or without rows', () => {
    const model = JSON.parse(renderDesign(DATA_DIR)) as { DataModel: { TableFacets: { FacetName: string }[] }[] };
    expect(model.DataModel[0]?.TableFacets.map((facet) => facet.FacetName).sort()).toEqual(allFacets().map((facet) => facet.name).sort());
  });
});

describe('the drift check', () => {
  it('fails with the command to run when the committed export differs or is missing', () => {
    const current = renderDesign(DATA_DIR);
    expect(exportStaleness(current, current)).toBeUndefined();
    expect(exportStaleness(current.replace('"okada"', '"okada2"'), current)).toBe(STALE_MESSAGE);
    expect(exportStaleness(undefined, current)).toBe(STALE_MESSAGE);
    expect(STALE_MESSAGE).toBe('database-design/database-design.json is stale: run npx nx run tools:schema-export');
  });

  it('notices a change in a data file', () => {
    const dir = dataCopy({ file: 'group_metadata.yaml', change: (text) => text.replace('Integrates unit test group', 'Renamed') });
    try {
      expect(exportStaleness(renderDesign(DATA_DIR), renderDesign(dir))).toBe(STALE_MESSAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the schema-export command', () => {
  it('writes byte-identical output on every run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-export-'));
    try {
      const [first, second] = [join(dir, 'first.json'), join(dir, 'second.json')];
      await runExport([DATA_DIR, first]);
      await runExport([DATA_DIR, second]);
      expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
      expect(readFileSync(first, 'utf8')).toBe(renderDesign(DATA_DIR));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on a bad row naming the file, the row and the attribute, and leaves the old export', async () => {
    const data = dataCopy({
      file: 'vulnerability_metadata.yaml',
      change: (text) => text.replace('status: IN_PROGRESS', 'status: POSTPONED'),
    });
    const target = join(data, 'export.json');
    writeFileSync(target, 'the previous export');
    try {
      const { code, stderr } = await failureOf([data, target]);
      expect(code).toBe(1);
      expect(stderr).toContain(`${join(data, 'vulnerability_metadata.yaml')}, row 1 (id 23d63c53-5f71-4914-a8b2-65f07d3675c6, findingId 463461507), attribute treatment.status:`);
      expect(stderr).toContain("Attribute 'treatment.status' should be one of: UNTREATED, IN_PROGRESS, ACCEPTED, ACCEPTED_UNDEFINED");
      expect(stderr).toContain('is unchanged');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(target, 'utf8')).toBe('the previous export');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});

describe('the validation of data rows', () => {
  const build = (file: string, text: string) => buildItems([parseDataFile(file, text)]);

  it('names a missing required attribute', () => {
    const error = errorOf(() => build('x/organization_metadata.yaml', '- { id: o1, name: okada, country: Colombia }\n'));
    expect(error.message).toMatch(/^x\/organization_metadata.yaml, row 0 \(id o1, name okada\), attribute createdBy: .*is required/);
    expect(error.attribute).toBe('createdBy');
  });

  it('names an attribute the facet does not have, at any depth', () => {
    const error = errorOf(() =>
      build(
        'group_access.yaml',
        "- { email: a@b.co, groupName: g, state: { hasAccess: true, rol: user, modifiedBy: a@b.co, modifiedDate: '2026-01-01T00:00:00.000Z' } }\n",
      ),
    );
    expect(error.message).toBe('group_access.yaml, row 0 (email a@b.co, groupName g), attribute state.rol: is not an attribute of group_access');
  });

  it('names a value that would break the key grammar', () => {
    const error = errorOf(() => build('stakeholder_metadata.yaml', '- { email: "a#b@c.co" }\n'));
    expect(error.message).toContain('stakeholder_metadata.yaml, row 0 (email a#b@c.co), attribute email:');
  });

  it('asks history rows for what fills their key', () => {
    const error = errorOf(() => build('vulnerability_historic_treatment.yaml', "- { status: UNTREATED, modifiedBy: a@b.co, modifiedDate: '2026-01-01T00:00:00.000Z' }\n"));
    expect(error.message).toBe('vulnerability_historic_treatment.yaml, row 0 (modifiedDate 2026-01-01T00:00:00.000Z), attribute id: is required: it fills the key VULN#id / TREATMENT#modified_date');
  });

  it('keys history rows from the facet key template, emails lowercased as db-model keys them', () => {
    const [facet] = build(
      'group_historic_access.yaml',
      "- { email: A@B.co, groupName: g, hasAccess: true, modifiedBy: a@b.co, modifiedDate: '2026-01-01T00:00:00.000Z' }\n",
    ).filter(({ items }) => items.length > 0);
    expect(facet?.items[0]).toMatchObject({ pk: 'USER#a@b.co#GROUP#g', sk: 'STATE#2026-01-01T00:00:00.000Z', has_access: true });
    expect(facet?.items[0]).not.toHaveProperty('email');
  });

  it('refuses a file that names no facet, a guard written by hand and a repeated key', () => {
    expect(errorOf(() => build('d/groups.yaml', '[]')).message).toMatch(/^d\/groups.yaml: names no facet/);
    expect(errorOf(() => build('group_id.yaml', '[]')).message).toBe('group_id.yaml: is derived from group_metadata: remove this file');
    const twice = '- { id: "1", groupName: g, parentId: "0", commentType: COMMENT, content: x, email: a@b.co, creationDate: "2026-01-01T00:00:00.000Z" }\n';
    expect(errorOf(() => build('group_comment.yaml', twice + twice)).message).toBe(
      'group_comment.yaml, row 1: has the key CMNT#1 / GROUP#g, as group_comment.yaml row 0 does',
    );
  });

  it('refuses a file that is not a list of records', () => {
    expect(errorOf(() => parseDataFile('a.yaml', 'key: value')).message).toBe('a.yaml: must be a list of records (one "- " entry per row)');
    expect(errorOf(() => parseDataFile('a.yaml', '- just text')).message).toBe('a.yaml, row 0: must be a record (attribute: value)');
    expect(errorOf(() => parseDataFile('a.yaml', '- { a: [ }')).message).toMatch(/^a.yaml: not valid YAML/);
  });

  it('reads every data file of the design', () => {
    expect(readDataFiles(DATA_DIR).length).toBeGreaterThan(20);
  });
});
