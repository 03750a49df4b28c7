import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  type TypeNode,
  getNamedType,
  isEnumType,
  isInputObjectType,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The schema coordinates an operation depends on, in graphql-inspector's path style: type names
 * (`Campaign`), fields (`Campaign.title`), arguments (`Query.campaigns.filter`), input fields
 * (`CampaignFilter.region`) and enum values (`Region.KURDISTAN_REGION`). Input types reached
 * through variables count whole (the client may send any of their fields or values), and so do
 * enums it reads (a removed value breaks exhaustive handling).
 */
export function usedCoordinates(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);

  const addWholeType = (type: GraphQLNamedType, seen = new Set<string>()): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    used.add(type.name);
    if (isEnumType(type)) for (const value of type.getValues()) used.add(`${type.name}.${value.name}`);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        used.add(`${type.name}.${field.name}`);
        addWholeType(getNamedType(field.type), seen);
      }
    }
  };
  // Literal enum values and input fields are added one by one as the visitor meets them.
  const addInputType = (type: GraphQLInputType | null | undefined): void => {
    if (type) used.add(getNamedType(type).name);
  };

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.VARIABLE_DEFINITION](node) {
        const type = schema.getType(namedTypeName(node.type));
        if (type) addWholeType(type);
      },
      [Kind.FIELD](node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__')) return;
        used.add(parent.name);
        used.add(`${parent.name}.${node.name.value}`);
        const type = typeInfo.getType();
        if (type) {
          const named = getNamedType(type);
          if (isEnumType(named)) addWholeType(named);
          else used.add(named.name);
        }
      },
      [Kind.ARGUMENT](node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}.${node.name.value}`);
        addInputType(typeInfo.getInputType());
      },
      [Kind.OBJECT_FIELD](node) {
        const parent = typeInfo.getParentInputType();
        const named = parent ? getNamedType(parent) : undefined;
        if (named) used.add(`${named.name}.${node.name.value}`);
        addInputType(typeInfo.getInputType());
      },
      [Kind.ENUM](node) {
        const type = typeInfo.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      [Kind.INLINE_FRAGMENT](node) {
        if (node.typeCondition) used.add(node.typeCondition.name.value);
      },
      [Kind.FRAGMENT_DEFINITION](node) {
        used.add(node.typeCondition.name.value);
      },
    }),
  );
  return used;
}

function namedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeName(type.type);
}
