import {
  getNamedType, isObjectType, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

/** What a read needs to know of the field it answers (a GraphQLResolveInfo has it). */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'returnType' | 'schema' | 'fragments'>;

/** The fields a request selects on each object type, by type name (e.g. Facility → {name, kind}). */
export type SelectedFields = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Every field selected below the current field, grouped by the object type it is selected on,
 * following fragments. @skip/@include are ignored (a field is counted as selected), so a read plan
 * built from this may read a little more than needed, never less. The result depends only on the
 * (cached, parsed) document: callers memoise what they derive from it per field node (facilityReadPlan).
 */
export function selectedFields(info: SelectionInfo): SelectedFields {
  const found = new Map<string, Set<string>>();
  const visit = (type: GraphQLNamedType, set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'Field') {
        if (sel.name.value.startsWith('__')) continue;
        let names = found.get(type.name);
        if (!names) found.set(type.name, (names = new Set()));
        names.add(sel.name.value);
        const field = isObjectType(type) ? type.getFields()[sel.name.value] : undefined;
        if (field && sel.selectionSet) visit(getNamedType(field.type), sel.selectionSet);
      } else if (sel.kind === 'InlineFragment') {
        visit(conditionType(info.schema, sel.typeCondition?.name.value) ?? type, sel.selectionSet);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment) visit(conditionType(info.schema, fragment.typeCondition.name.value) ?? type, fragment.selectionSet);
      }
    }
  };
  const returned = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(returned, node.selectionSet);
  return found;
}

function conditionType(schema: GraphQLSchema, name: string | undefined): GraphQLNamedType | undefined {
  return name ? schema.getType(name) ?? undefined : undefined;
}
