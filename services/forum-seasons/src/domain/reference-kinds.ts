import { LockdownSubject } from '@icssi/platform';

/** Organisations a forum, season or session names (participants, organisers, secretariat): forums bring the regions together, so any region; never a locked-down or archived one. */
export const ORGANISATION = { owner: 'organisations', typename: 'Organisation', lockdown: LockdownSubject.ORGANISATION } as const;
/** Where a forum or season is held: a governorate of a region the caller may name. */
export const GOVERNORATE = { owner: 'organisations', typename: 'Governorate', keyField: 'code', regionField: 'region' } as const;
