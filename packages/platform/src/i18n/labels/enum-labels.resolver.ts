import { FieldResolver, Resolver, Root } from 'type-graphql';
import { type EnumLabel, type EnumLabels, labelsIn } from './enum-label.type';
import { type LabelsKey } from './labels.type';

/**
 * Adds one field per enum to this subgraph's `Labels` type, e.g. `campaignStatuses:
 * [CampaignStatusLabel!]`. The labels are in the `Labels` entity's locale (the one asked for).
 * Fields a subgraph adds to the entity another one owns are nullable, so that subgraph's outage
 * leaves the other labels standing. Returns a resolver class to list in the subgraph's resolvers.
 */
export function enumLabelsResolver(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
  labelsType: Function,
  fields: Record<string, EnumLabels>,
  options: { ownsLabels: boolean },
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql and TypeORM take classes as plain `Function`s
): Function {
  class EnumLabelsFields {}
  const prototype = EnumLabelsFields.prototype as unknown as Record<string, unknown>;
  for (const [name, labels] of Object.entries(fields)) {
    prototype[name] = (root: LabelsKey): EnumLabel[] => labelsIn(labels, root.locale);
    FieldResolver(() => [labels.labelType], {
      nullable: !options.ownsLabels,
      description: `${labels.description}: every ${labels.enumName} value with its label.`,
    })(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
    Root()(prototype, name, 0);
  }
  Resolver(() => labelsType)(EnumLabelsFields);
  return EnumLabelsFields;
}
