import { startTestStore, type TestStore } from '../testing';
import { historicRow } from '../history/historic-facet';
import { putItem } from '../store/operations';
import { eventHistoricState } from './entity';
import { addEvent, isEventIdTaken } from './functions';

const BY = 'hacker@fluidattacks.com';
const state = { status: 'CREATED' as const, modifiedBy: BY, modifiedDate: '2026-01-02T00:00:00.000Z' };
const event = {
  id: '20000000',
  groupName: 'deltagroup',
  organizationId: 'org-1',
  hacker: BY,
  createdBy: BY,
  createdDate: state.modifiedDate,
  description: 'No credentials',
  eventDate: state.modifiedDate,
  type: 'CREDENTIAL_ISSUES',
  state,
};

describe('isEventIdTaken', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('integrates_event_ids_test');
  });
  afterAll(() => store.stop());

  it('sees an id used by an event of any group, and history rows a failed creation left behind', async () => {
    expect(await isEventIdTaken('20000000')).toBe(false);
    await addEvent(event);
    expect(await isEventIdTaken('20000000')).toBe(true);
    expect(await isEventIdTaken('20000001')).toBe(false);
    await putItem(historicRow(eventHistoricState, 'EVENT#20000002', { ...state, status: 'OPEN' }));
    expect(await isEventIdTaken('20000002')).toBe(true);
  });
});
