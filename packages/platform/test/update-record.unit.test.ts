import { type EntityManager } from 'typeorm';
import { Locale, type MutationCaller, Region, Role, UserErrorCode, updateRecord } from '@icssi/platform';

const caller: MutationCaller = {
  viewer: { id: 'editor', roles: [Role.EDITOR], region: Region.FEDERAL_IRAQ },
  locale: Locale.en,
  requestId: 'r',
};
// A manager that fails the test if anything is written: every case here must stop before the write.
const noWrites = { query: () => Promise.reject(new Error('nothing may be written')) } as unknown as EntityManager;

describe('updateRecord (load, check, then write)', () => {
  it('answers the loader’s refusal and never checks or writes', async () => {
    const refusal = { userErrors: [{ code: UserErrorCode.NOT_FOUND, field: ['input', 'id'], message: 'Not found.' }] };
    let checked = false;
    const outcome = await updateRecord(noWrites, caller, {
      table: 'campaign',
      load: async () => refusal,
      input: { id: 'a', version: 1 },
      check: () => void (checked = true),
      values: () => ({}),
      audited: [],
    });
    expect(outcome).toEqual(refusal);
    expect(checked).toBe(false);
  });

  it('answers the failed checks against the loaded row, in order, and writes nothing', async () => {
    const outcome = await updateRecord(noWrites, caller, {
      table: 'campaign',
      load: async () => ({ row: { id: 'a', start_date: '2026-05-01' } }),
      input: { id: 'a', version: 1 },
      check: async (checks, row) => {
        checks.datesInOrder(row.start_date as string, '2026-04-01', ['input', 'endDate']);
        checks.fail(UserErrorCode.INVALID, ['input', 'title'], 'invalid');
      },
      values: () => {
        throw new Error('values are not built when a check failed');
      },
      audited: [],
    });
    expect('userErrors' in outcome && outcome.userErrors.map((error) => error.field.join('.'))).toEqual(['input.endDate', 'input.title']);
  });
});
