import { type LockdownChange, LockdownSubject, type VersionedLockdownList, createLogger, followLockdowns } from '@icssi/platform';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const list = (version: number, ...ids: string[]): VersionedLockdownList => ({
  version,
  subjects: ids.map((subjectId) => ({ subjectType: LockdownSubject.PERSON, subjectId })),
});

describe('followLockdowns (the hook for caches outside the subgraphs)', () => {
  it('reports each subject that enters or leaves the list, and ignores an older list', async () => {
    const answers = [list(1, A), list(2, A, B), list(1), list(3, B)];
    const changes: LockdownChange[] = [];
    let calls = 0;
    const stop = followLockdowns({
      organisationsUrl: 'http://127.0.0.1:1/graphql',
      secret: 's',
      intervalMs: 5,
      logger: createLogger({ service: 'test' }),
      onChange: (change) => changes.push(change),
      pull: async () => answers[Math.min(calls++, answers.length - 1)],
    });
    while (calls < answers.length + 1) await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
    expect(changes).toEqual([
      { subjectType: 'PERSON', subjectId: A, locked: true, version: 1 },
      { subjectType: 'PERSON', subjectId: B, locked: true, version: 2 },
      // version 1 again (a stale replica): nothing; version 3 lifts A
      { subjectType: 'PERSON', subjectId: A, locked: false, version: 3 },
    ]);
  });
});
