import { Client } from 'pg';

/** One connection for `work`, closed afterwards; inside a transaction when asked. */
export async function withClient<T>(
  url: string,
  work: (client: Client) => Promise<T>,
  options: { transaction?: boolean } = {},
): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (!options.transaction) return await work(client);
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}
