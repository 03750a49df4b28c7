import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface SeededRows {
  inserted: number;
  updated: number;
}

/**
 * Writes demo rows so that every database ends up with the current demo content: missing rows are
 * inserted, and rows seeded by an earlier release are brought forward — but only while nobody has
 * edited them (their version is still 1); an editor's change is never overwritten. Rows already
 * equal to the demo content are not touched, so running the seed twice changes nothing.
 * Tables without a version (link tables) only get their missing rows.
 */
export async function seedRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Array<Partial<T>>,
  conflict: string[] = ['id'],
): Promise<SeededRows> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const metadata = manager.connection.getMetadata(entity);
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
    return column.databaseName;
  };
  const conflictColumns = conflict.map((name) => (metadata.findColumnWithPropertyName(name) ? columnOf(name) : name));
  const overwrite = Object.keys(rows[0]!)
    .map(columnOf)
    .filter((column) => !conflictColumns.includes(column));
  const query = manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as never);
  const versioned = metadata.versionColumn !== undefined && overwrite.length > 0;
  if (versioned) {
    query.orUpdate(overwrite, conflictColumns, {
      skipUpdateIfNoValuesChanged: true,
      overwriteCondition: { where: `"${metadata.tableName}"."${metadata.versionColumn!.databaseName}" = 1` },
    });
  } else {
    query.orIgnore();
  }
  // xmax is 0 for a row this statement inserted, and set for one it updated.
  const result = await query.returning('(xmax = 0) AS inserted').execute();
  const written = result.raw as Array<{ inserted: boolean }>;
  const inserted = written.filter((row) => row.inserted).length;
  return { inserted, updated: written.length - inserted };
}
