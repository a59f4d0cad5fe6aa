import { type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import { getNamedType, type GraphQLSchema, isEnumType, isObjectType } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AUDIT_READERS } from '../../access/policy';
import type { Context } from '../../context';
import { knownValueLabel } from '../../exports/labels';
import { fieldLabel, recordRepresentation } from '../labels';
import { DateScalar, type IsoDate } from '../scalars';
import { inputOf } from './dated-edit';
import type { Values, Version } from './timeline';
import { loadTimelines, type VersionedSpec } from './versioned';

@ObjectType({ description: 'Un champ daté qui change d’une version à la suivante : ses valeurs avant et après, en clair.' })
export class VersionChange {
  @Field({ description: 'Le champ modifié, tel que le saisit le formulaire (par exemple parentId).' }) field!: string;
  @Field({ description: 'Le nom du champ en français (par exemple « Service parent »).' }) label!: string;
  @Field(() => String, { nullable: true, description: 'La valeur de la version précédente, en clair (vide pour la première version).' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'La valeur de cette version, en clair.' }) after!: string | null;
}

@ObjectType({ description: 'Une version datée d’un enregistrement : ses champs datés en vigueur d’une date à une autre.' })
export class RecordVersion {
  @Field(() => ID, { description: 'Identifiant de la version.' }) id!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Premier jour de la version (vide : depuis l’origine, c’est-à-dire depuis la date de début de l’enregistrement).',
  })
  validFrom!: IsoDate | null;
  @Field(() => DateScalar, { nullable: true, description: 'Dernier jour de la version (vide : en vigueur sans date de fin).' })
  validTo!: IsoDate | null;
  @Field(() => [VersionChange], {
    description: 'Ce qui change par rapport à la version précédente (pour la première : toutes ses valeurs).',
  })
  changes!: VersionChange[];
  @Field(() => JSONObjectResolver, {
    description:
      'Les valeurs des champs datés de la version, par champ de saisie (parentId : identifiant) : le point de départ de sa correction.',
  })
  values!: Record<string, unknown>;
  @Field(() => String, {
    nullable: true,
    description:
      'Qui l’a enregistrée telle qu’elle est (d’après le journal des modifications de la même transaction) ; vide pour une écriture hors de l’API, et pour qui ne lit pas ce journal.',
  })
  recordedBy!: string | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Quand elle a été enregistrée telle qu’elle est.' })
  recordedAt!: Date | null;
}

/** A value as people read it: a referenced record by its name, an enum value by its label, a boolean in words. */
function readable(enumName: string | undefined, value: unknown, names: Map<string, string>): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  const text = String(value);
  return names.get(text) ?? (enumName ? (knownValueLabel(enumName, text) ?? text) : text);
}

/**
 * The records the versions refer to (a parent service, a department…) as people name them, as the back office does
 * (« 75 – Paris », a ministry by its name: `recordRepresentation`), one query per referenced type.
 */
async function referencedNames(ctx: Context, spec: VersionedSpec, versions: Version[]): Promise<Map<string, string>> {
  const meta = ctx.em.getMetadata().get(spec.record.name);
  const names = new Map<string, string>();
  for (const attribute of spec.attributes) {
    const prop = meta.properties[attribute as never] as EntityProperty;
    if (prop.kind !== ReferenceKind.MANY_TO_ONE) continue;
    const ids = [...new Set(versions.map((v) => v.values[attribute]).filter((id): id is string => typeof id === 'string'))];
    if (!ids.length) continue;
    const target = prop.targetMeta!;
    const rows = await ctx.em.find(target.class, { id: { $in: ids } } as never);
    for (const row of rows as Record<string, unknown>[]) names.set(String(row.id), recordRepresentation(target, row));
  }
  return names;
}

/** Who last shaped each version, and when: its current history row (PostgreSQL's), and the audit entries of that transaction. */
async function recordings(ctx: Context, spec: VersionedSpec, ids: string[]) {
  if (!ids.length) return new Map<string, { at: Date; actor: string | null }>();
  const table = ctx.em.getMetadata().get(spec.version.name).tableName;
  const rows = await ctx.em.getConnection('read').execute<{ key: string; at: Date; actor: string | null }[]>(
    `select h.key, lower(h.recorded) as at,
            (select a.actor from audit_entry a where a.transaction_id = h.transaction_id order by a.at limit 1) as actor
       from history."${table}" h where h.key in (?) and upper_inf(h.recorded)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.key, { at: new Date(r.at), actor: r.actor }]));
}

/** What the « Versions » of a set of records read: their timelines, the names they refer to, who recorded each version. */
async function versionsOfRecords(ctx: Context, spec: VersionedSpec, ids: readonly string[]) {
  const { timelines } = await loadTimelines(ctx.em, spec, [...ids]);
  const versions = [...timelines.values()].flat();
  const [names, recorded] = await Promise.all([
    referencedNames(ctx, spec, versions),
    recordings(
      ctx,
      spec,
      versions.map((v) => v.id!),
    ),
  ]);
  return ids.map((id) => ({ versions: timelines.get(id) ?? [], names, recorded }));
}

/**
 * The « Versions » of a record (issue 17 item 4): each version from its first to its last day, what it changed in
 * French words, who recorded it and when. The first version starts at the origin; it is shown from the record's start.
 * A page of records asking for its versions reads them in the statements of one (a per-request loader).
 */
export async function recordVersions(
  ctx: Context,
  spec: VersionedSpec,
  schema: GraphQLSchema,
  typeName: string,
  record: { id: string; validFrom?: IsoDate },
): Promise<RecordVersion[]> {
  const { versions, names, recorded } = await ctx.loaders
    .loader(`versions:${spec.record.name}`, (ids) => versionsOfRecords(ctx, spec, ids))
    .load(record.id);
  const type = schema.getType(typeName);
  const enumOf = (attribute: string) => {
    const field = isObjectType(type) ? type.getFields()[attribute] : undefined;
    const named = field && getNamedType(field.type);
    return isEnumType(named) ? named.name : undefined;
  };
  const showsActors = AUDIT_READERS.includes(ctx.access.role);
  return versions.map((v, i) => {
    const previous: Values | undefined = versions[i - 1]?.values;
    const changes = spec.attributes
      .filter((a) => !previous || previous[a] !== v.values[a])
      .map((a) => {
        const field = inputOf(ctx.em, spec, a);
        return Object.assign(new VersionChange(), {
          field,
          label: fieldLabel(spec.record.name, field),
          before: previous ? readable(enumOf(a), previous[a], names) : null,
          after: readable(enumOf(a), v.values[a], names),
        });
      });
    const recording = recorded.get(v.id!);
    return Object.assign(new RecordVersion(), {
      id: v.id!,
      validFrom: v.from ?? record.validFrom ?? null,
      validTo: v.to,
      changes,
      values: Object.fromEntries(spec.attributes.map((a) => [inputOf(ctx.em, spec, a), v.values[a] ?? null])),
      recordedBy: showsActors ? (recording?.actor ?? null) : null,
      recordedAt: recording?.at ?? null,
    });
  });
}
