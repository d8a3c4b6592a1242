import { resolve } from 'node:path';
import { any, EntityFormatter, item, list, map, number, record, string, type Schema } from 'dynamodb-toolbox';
import '../index';
import { readDesignFile, designItems } from '../seed';
import { aFinding, aStakeholder, aVulnerability } from '../testing/fixtures';
import { findingFacet } from '../findings/entity';
import { stakeholderFacet } from '../stakeholders/entity';
import { vulnerabilityFacet } from '../vulnerabilities/entity';
import { toCamel } from './codec';
import { compileDecoder } from './decoder';
import { allFacets, type Facet } from './facet';

const DESIGN_FILE = resolve(__dirname, '../../../../database-design/database-design.json');

/** What reads returned before the decoder: the toolbox formatter (which also type-checks), then camelCase. */
const formatted = (facet: Facet<unknown>, stored: Record<string, unknown>): unknown => toCamel(facet.entity.build(EntityFormatter).format(stored));

describe('compileDecoder', () => {
  const items = designItems(readDesignFile(DESIGN_FILE), '__adminEmail__', 'admin@example.com');

  const rowsOf = (facet: Facet<unknown>) => items.filter((stored) => stored['_et'] === facet.name);
  const withRows = allFacets().filter((facet) => rowsOf(facet).length > 0);

  it('has design rows for (nearly) every facet to compare with', () => {
    expect(withRows.length).toBeGreaterThanOrEqual(allFacets().length - 1);
  });

  it.each(withRows.map((facet) => [facet.name, facet] as const))('reads every design row of %s as the toolbox formatter does', (_name, facet) => {
    const rows = rowsOf(facet);
    for (const stored of rows) expect(facet.fromItem(stored)).toEqual(formatted(facet, stored));
  });

  it('reads records written with every optional part as the toolbox formatter does', () => {
    const vulnerability = aVulnerability({
      rootId: 'root-1',
      treatment: { status: 'ACCEPTED', acceptanceStatus: 'APPROVED', acceptedUntil: '2026-12-01T00:00:00.000Z', justification: 'j', assigned: 'a@b.com', modifiedBy: 'a@b.com', modifiedDate: '2026-01-01T00:00:00.000Z' },
      verification: { status: 'ON_HOLD', eventId: '123', modifiedBy: 'a@b.com', modifiedDate: '2026-01-01T00:00:00.000Z' },
      tags: ['one', 'two'],
      unreliableIndicators: { unreliableReattackCycles: 2, some_nested: { deep_key: 1 } },
    } as never);
    for (const [facet, record] of [
      [vulnerabilityFacet, vulnerability],
      [findingFacet, aFinding()],
      [stakeholderFacet, aStakeholder()],
    ] as const) {
      const stored = (facet as Facet<unknown>).toItem(record);
      expect((facet as Facet<unknown>).fromItem(stored)).toEqual(formatted(facet as Facet<unknown>, stored));
    }
  });

  it('leaves out hidden and undeclared attributes at every depth, and renames stored names', () => {
    // Unfrozen attribute types differ from the frozen ones an entity holds; the walk reads the same fields.
    const decode = compileDecoder(
      item({
        plain_name: string(),
        secret: string().hidden(),
        renamed_one: string().savedAs('r1'),
        nested_map: map({ inner_value: number(), inner_list: list(map({ leaf_name: string() })) }),
        by_key: record(string(), map({ value_of: string() })).optional(),
        free_form: any().optional(),
      }) as unknown as Schema,
    );
    expect(
      decode({
        plain_name: 'a',
        secret: 'never',
        r1: 'b',
        renamed_one: 'stored elsewhere',
        undeclared: 'dropped',
        nested_map: { inner_value: 1, undeclared: 2, inner_list: [{ leaf_name: 'x', other: 'y' }] },
        by_key: { some_key: { value_of: 'v', other: 'w' } },
        free_form: { any_depth: [{ snake_case: true }] },
      }),
    ).toEqual({
      plainName: 'a',
      renamedOne: 'b',
      nestedMap: { innerValue: 1, innerList: [{ leafName: 'x' }] },
      byKey: { someKey: { valueOf: 'v' } },
      freeForm: { anyDepth: [{ snakeCase: true }] },
    });
  });
});
