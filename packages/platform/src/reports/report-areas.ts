import { GraphQLError } from 'graphql';
import { Region } from '../domain/region';

/**
 * The areas reports count in. A region is the sum of its governorates and one explicit "no
 * governorate" area (`NONE-<REGION>`): a record of the region that is located in none of the
 * region's governorates (no location, or one in another region). So every record of a region
 * counts in exactly one of the region's areas, and a region figure minus its governorate figures
 * is a published, protected cell, not a hidden one.
 *
 * The governorates' regions are ISO 3166-2 reference data, fixed; the organisations subgraph owns
 * the governorate records and a test there checks this copy against them.
 */
export const GOVERNORATE_REGIONS: Readonly<Record<string, Region>> = {
  'IQ-AN': Region.FEDERAL_IRAQ,
  'IQ-BA': Region.FEDERAL_IRAQ,
  'IQ-BB': Region.FEDERAL_IRAQ,
  'IQ-BG': Region.FEDERAL_IRAQ,
  'IQ-DI': Region.FEDERAL_IRAQ,
  'IQ-DQ': Region.FEDERAL_IRAQ,
  'IQ-KA': Region.FEDERAL_IRAQ,
  'IQ-KI': Region.FEDERAL_IRAQ,
  'IQ-MA': Region.FEDERAL_IRAQ,
  'IQ-MU': Region.FEDERAL_IRAQ,
  'IQ-NA': Region.FEDERAL_IRAQ,
  'IQ-NI': Region.FEDERAL_IRAQ,
  'IQ-QA': Region.FEDERAL_IRAQ,
  'IQ-SD': Region.FEDERAL_IRAQ,
  'IQ-WA': Region.FEDERAL_IRAQ,
  'IQ-AR': Region.KURDISTAN_REGION,
  'IQ-DA': Region.KURDISTAN_REGION,
  'IQ-HA': Region.KURDISTAN_REGION,
  'IQ-SU': Region.KURDISTAN_REGION,
};

const NONE_PREFIX = 'NONE-';

/** The area of a region's records located in none of its governorates. */
export const noGovernorateArea = (region: Region): string => `${NONE_PREFIX}${region}`;

/** The governorate codes of a region, in code order. */
export const governoratesOf = (region: Region): string[] =>
  Object.entries(GOVERNORATE_REGIONS)
    .filter(([, of]) => of === region)
    .map(([code]) => code)
    .sort();

/** The region an area belongs to, or null when the code is no area. */
export function regionOfArea(area: string): Region | null {
  if (area.startsWith(NONE_PREFIX)) {
    const region = area.slice(NONE_PREFIX.length) as Region;
    return Object.values(Region).includes(region) ? region : null;
  }
  return GOVERNORATE_REGIONS[area] ?? null;
}

/** An area code from a client or a representation: upper case, and known, or BAD_USER_INPUT. */
export function checkedArea(code: string): string {
  const area = String(code).toUpperCase();
  if (!regionOfArea(area)) throw new GraphQLError('Not a governorate code.', { extensions: { code: 'BAD_USER_INPUT' } });
  return area;
}

/** The JSON parameter the governorate_regions CTE reads the governorates' regions from. */
export const governorateRegionsParam = (): string => JSON.stringify(GOVERNORATE_REGIONS);

/** SQL: the CTE governorateAreaSql reads, with `param` the placeholder bound to governorateRegionsParam(). */
export const governorateRegionsCte = (param: string): string => `governorate_regions AS (SELECT ${param}::jsonb AS map)`;

/** SQL: whether `governorateSql` is a governorate of `regionSql` (the statement must define governorateRegionsCte). */
export const locatedInRegionSql = (governorateSql: string, regionSql: string): string =>
  `((SELECT map FROM governorate_regions) ->> ${governorateSql}) = ${regionSql}`;

/** SQL: the "no governorate" area of `regionSql`. */
export const noGovernorateAreaSql = (regionSql: string): string => `('${NONE_PREFIX}' || ${regionSql})`;

/**
 * SQL: the area of a record of region `regionSql` located in `governorateSql` (which may be null);
 * the statement must define governorateRegionsCte.
 */
export const governorateAreaSql = (governorateSql: string, regionSql: string): string =>
  `(CASE WHEN ${locatedInRegionSql(governorateSql, regionSql)} THEN ${governorateSql} ELSE ${noGovernorateAreaSql(regionSql)} END)`;

/** The regions the given areas belong to (to narrow a query before the areas are computed). */
export const regionsOfAreas = (areas: readonly string[]): Region[] => [
  ...new Set(areas.map((area) => regionOfArea(area)).filter((region): region is Region => region !== null)),
];
