import { createLogger } from '@icssi/platform';

/** Reads the JSON lines a logger writes while `act` runs. */
function linesWrittenBy(act: () => void): Array<Record<string, unknown>> {
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    act();
  } finally {
    process.stdout.write = write;
  }
  return written
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('logger', () => {
  const saved = { level: process.env.LOG_LEVEL, format: process.env.LOG_FORMAT };
  beforeAll(() => {
    process.env.LOG_LEVEL = 'info';
    process.env.LOG_FORMAT = 'json';
  });
  afterAll(() => {
    for (const [key, value] of [
      ['LOG_LEVEL', saved.level],
      ['LOG_FORMAT', saved.format],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('writes one JSON object per line with level, time, the bound fields and the message', () => {
    const [line] = linesWrittenBy(() =>
      createLogger({ service: 'organisations' }).child({ requestId: 'r-1' }).warn('slow fetch', { ms: 12 }),
    );
    expect(line).toMatchObject({ level: 'warn', service: 'organisations', requestId: 'r-1', ms: 12, msg: 'slow fetch' });
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
  });

  it('redacts personal fields, tokens and secrets at the top level and one level down', () => {
    const [line] = linesWrittenBy(() =>
      createLogger({ service: 'gateway' }).info('request', {
        email: 'someone@example.org',
        token: 'eyJhbGciOi',
        headers: { authorization: 'Bearer eyJhbGciOi', 'x-icssi-context': 'signed', accept: 'application/json' },
        person: { phone: '+9647700000000', birthYear: 1997, gender: 'FEMALE', id: 'kept' },
        variables: { id: 'x' },
      }),
    );
    const text = JSON.stringify(line);
    for (const secret of ['someone@example.org', 'eyJhbGciOi', 'signed', '+9647700000000', '1997', 'FEMALE', '"id":"x"'])
      expect(text).not.toContain(secret);
    expect(line).toMatchObject({ headers: { accept: 'application/json' }, person: { id: 'kept' } });
  });

  it('writes nothing below the configured level', () => {
    expect(linesWrittenBy(() => createLogger().debug('detail'))).toEqual([]);
  });
});
