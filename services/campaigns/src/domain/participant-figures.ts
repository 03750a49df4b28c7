import { type PeopleCount, measureKey, protectCount } from '@icssi/platform';
import { type CampaignActionEntity } from '../entities/campaign-action.entity';

/**
 * An action's head counts are counts of people with no person records behind them. Their cell keys:
 * each action has one secret record key; each figure (participants, women, youth) of the action has
 * its own key derived from it (measureKey), and a report cell's key is the sum of the keys of that
 * figure over the cell's actions. So an action's public figure and a report cell holding only that
 * action are the same cell with the same key, and get the same protected value; every other cell
 * gets its own noise.
 */
export const PARTICIPANT_MEASURES = ['participants_total', 'participants_women', 'participants_youth'] as const;

export type ParticipantMeasure = (typeof PARTICIPANT_MEASURES)[number];

const COLUMN: Record<ParticipantMeasure, 'participantsTotal' | 'participantsWomen' | 'participantsYouth'> = {
  participants_total: 'participantsTotal',
  participants_women: 'participantsWomen',
  participants_youth: 'participantsYouth',
};

/** One of an action's published head counts, protected like every count of people; null when not recorded. */
export function actionParticipants(action: CampaignActionEntity, measure: ParticipantMeasure): PeopleCount | null {
  const count = action[COLUMN[measure]];
  if (count == null) return null;
  return protectCount({ count, cellKey: measureKey(action.recordKey, measure) });
}
