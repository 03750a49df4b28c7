import {
  ANONYMOUS_VIEWER,
  Region,
  Role,
  type Viewer,
  Visibility,
  canSee,
  isCustodian,
  isNetwork,
  isRegionTeam,
  unlessArchived,
} from '@icssi/platform';

/** The field classes of docs/architecture.md §4.4 for every role, without a database. */
const viewer = (roles: Role[], region: Region | null = null): Viewer => ({
  ...ANONYMOUS_VIEWER,
  id: `test-${roles.join('-')}`,
  roles,
  region,
});

const PUBLIC = ANONYMOUS_VIEWER;
const MEMBER = viewer([Role.MEMBER]);
const BRIDGE = viewer([Role.BRIDGE]);
const FEDERAL_EDITOR = viewer([Role.EDITOR], Region.FEDERAL_IRAQ);
const KURDISTAN_EDITOR = viewer([Role.EDITOR], Region.KURDISTAN_REGION);
const ADMIN = viewer([Role.ADMIN]);

describe('who may see which class of personal field', () => {
  it.each([
    ['the public', PUBLIC, [true, false, false, false]],
    ['a member', MEMBER, [true, true, false, false]],
    ['the bridge team', BRIDGE, [true, true, false, false]],
    ['an editor of the subject’s region', FEDERAL_EDITOR, [true, true, true, false]],
    ['an editor of the other region', KURDISTAN_EDITOR, [true, true, false, false]],
    ['an admin (custodian)', ADMIN, [true, true, true, true]],
  ])('%s', (_who, who, expected) => {
    const classes = [Visibility.PUBLIC, Visibility.NETWORK, Visibility.REGION_TEAM, Visibility.CUSTODIAN];
    expect(classes.map((visibility) => canSee(who, visibility, Region.FEDERAL_IRAQ))).toEqual(expected);
  });

  it('gives a region team nothing about a subject with no region, except to custodians', () => {
    expect(isRegionTeam(FEDERAL_EDITOR, null)).toBe(false);
    expect(isRegionTeam(FEDERAL_EDITOR, undefined)).toBe(false);
    expect(isRegionTeam(ADMIN, null)).toBe(true);
  });

  it('does not take an editor role without a region for a region team', () => {
    expect(isRegionTeam(viewer([Role.EDITOR]), Region.FEDERAL_IRAQ)).toBe(false);
  });

  it('counts only signed-in roles as the network, and only admins as custodians', () => {
    expect([PUBLIC, MEMBER, BRIDGE, FEDERAL_EDITOR, ADMIN].map(isNetwork)).toEqual([false, true, true, true, true]);
    expect([PUBLIC, MEMBER, BRIDGE, FEDERAL_EDITOR, ADMIN].map(isCustodian)).toEqual([false, false, false, false, true]);
  });

  it('shows an archived record to custodians only', () => {
    const archived = { id: 'a', archivedAt: new Date('2026-01-01T00:00:00Z') };
    const live = { id: 'b', archivedAt: null };
    expect(unlessArchived(archived, FEDERAL_EDITOR)).toBeNull();
    expect(unlessArchived(archived, ADMIN)).toBe(archived);
    expect(unlessArchived(live, PUBLIC)).toBe(live);
    expect(unlessArchived(null, ADMIN)).toBeNull();
  });
});
