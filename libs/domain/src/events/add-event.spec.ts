import { addGroup, createDataloaders, getEventHistoricState, putStakeholder } from '@integrates/db-model';
import { aGroup, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import type { DomainContext } from '../context/context';
import { addEvent, parseEventDate } from './add-event';
import { EventIdsExhaustedError } from './event-errors';

const NOW = Date.parse('2026-05-01T12:00:00.000Z');
const HACKER = 'hacker@fluidattacks.com';
const input = { groupName: 'idsgroup', detail: 'No VPN', eventDate: '2026-04-30', eventType: 'VPN_ISSUES' };

describe('addEvent ids', () => {
  let store: TestStore;
  const context = (): DomainContext => ({
    loaders: createDataloaders(),
    viewer: { email: HACKER, via: 'session', credentialId: 'session-1' },
    signingKey: new Uint8Array(32),
  });

  beforeAll(async () => {
    store = await startTestStore('integrates_add_event_ids_test');
    await putStakeholder(aStakeholder({ email: HACKER, role: 'hacker' }));
    await addGroup(aGroup({ name: 'idsgroup' }));
    await addGroup(aGroup({ name: 'idsother' }));
  });
  afterAll(() => store.stop());

  it('draws again when an id is in use in any group, and leaves that event\'s history alone', async () => {
    const taken = await addEvent(context(), { ...input, groupName: 'idsother' }, { now: NOW, drawId: () => '30000000' });
    const draws = ['30000000', '30000001'];
    const id = await addEvent(context(), input, { now: NOW, drawId: () => draws.shift() ?? 'none' });
    expect(id).toBe('30000001');
    const existing = await createDataloaders().event.load({ id: taken, groupName: 'idsother' });
    expect(existing && (await getEventHistoricState(existing)).map((state) => state.status)).toEqual(['OPEN', 'CREATED']);
  });

  it('gives up after a few draws that are all taken', async () => {
    await expect(addEvent(context(), input, { now: NOW, drawId: () => '30000000' })).rejects.toBeInstanceOf(EventIdsExhaustedError);
  });

  it('draws ids between 10000000 and 170000000', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, () => addEvent(context(), input, { now: NOW })));
    expect(ids.every((id) => /^\d+$/.test(id) && Number(id) >= 10_000_000 && Number(id) <= 170_000_000)).toBe(true);
  });
});

describe('parseEventDate', () => {
  it('keeps the instant, reads no offset as UTC, and refuses the future and non-dates', () => {
    expect(parseEventDate('2026-04-30T10:00:00+02:00', NOW)).toBe('2026-04-30T08:00:00.000Z');
    expect(parseEventDate(' 2026-04-30T10:00 ', NOW)).toBe('2026-04-30T10:00:00.000Z');
    expect(parseEventDate('2026-05-01T12:00:00.000Z', NOW)).toBe('2026-05-01T12:00:00.000Z');
    expect(() => parseEventDate('2026-05-01T12:00:00.001Z', NOW)).toThrow('the event date cannot be in the future');
    for (const bad of ['2025-02-29', '2026-04-31', '30/04/2026', '', '2026-04-30T25:00:00Z']) {
      expect(() => parseEventDate(bad, NOW)).toThrow('The date format is invalid');
    }
  });
});
