import { withClient } from '../data/pg-client';
import { type ScaleDatabases } from '../data/generate-data';

/**
 * People for the protection measurement, on top of generate-data's units: ten people per unit,
 * members of the unit's working group (so located in its governorate and region), with genders
 * (9 in 20 female, 9 male, 1 other, 1 undisclosed), birth years from 1960 to 2009 (one in twelve
 * unknown) and start dates spread over 2023–2026; one in ten leaves after 400 days. Their record
 * keys are drawn by the database, as in production. The performance scenarios do not use these.
 */
export async function generatePeopleUnits(databases: ScaleDatabases, from: number, to: number): Promise<void> {
  if (to <= from) return;
  const genders = [...Array(9).fill('FEMALE'), ...Array(9).fill('MALE'), 'OTHER', 'UNDISCLOSED'].map((g) => `'${g}'`).join(',');
  await withClient(
    databases.organisations,
    async (client) => {
      await client.query(`INSERT INTO person (id, display_name, pseudonym, region, gender, birth_year)
        SELECT md5('icssi-bench-person-' || i || '-' || j)::uuid, jsonb_build_object('en', jsonb_build_object('value', 'Bench person ' || i || '-' || j, 'provenance', 'HUMAN')),
          'Member ' || i || '-' || j, w.region, (ARRAY[${genders}])[1 + (i * 7 + j * 3) % 20],
          CASE WHEN (i + j) % 12 = 0 THEN NULL ELSE 1960 + (i * 7 + j * 13) % 50 END
        FROM generate_series(${from}, ${to - 1}) AS i, generate_series(0, 9) AS j
        JOIN LATERAL (SELECT region FROM working_group WHERE id = md5('icssi-bench-group-' || i)::uuid) AS w ON TRUE`);
      await client.query(`INSERT INTO membership (person_id, working_group_id, role, start_date, end_date)
        SELECT md5('icssi-bench-person-' || i || '-' || j)::uuid, md5('icssi-bench-group-' || i)::uuid, 'MEMBER', s.start, CASE WHEN j = 9 THEN s.start + 400 END
        FROM generate_series(${from}, ${to - 1}) AS i, generate_series(0, 9) AS j, LATERAL (SELECT DATE '2023-01-01' + ((i * 10 + j) * 37) % 1400 AS start) AS s`);
      await client.query('ANALYZE person; ANALYZE membership');
    },
    { transaction: true },
  );
}
