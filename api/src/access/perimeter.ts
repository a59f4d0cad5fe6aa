import type { EntityManager } from '@mikro-orm/postgresql';
import { violation, type Violation } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { entityLabel, fieldLabel } from '../shared/labels';
import type { Access } from './access';
import { departmentPath, SCOPED } from './policy';
import { isTerritorial, ROLE_LABELS } from './roles';
import { territories } from './territory';

export const OUT_OF_PERIMETER = 'OUT_OF_PERIMETER';

export interface PerimeterRow {
  values: Record<string, unknown>;
  existing?: object;
}

/** The French refusal, naming the field and the record it designates by its human key. */
export function outOfPerimeter(access: Access, what: string, where: string): string {
  return `Hors de votre périmètre (${ROLE_LABELS[access.role]} : ${access.principal.perimeter.join(', ')}) : ${what}${where}.`;
}

/**
 * The write-side perimeter, as a check of the rows (so that a dry run says what the save will do): a territorial
 * role's row must stay in its departments after the change. The row's territory is reached through the first step of
 * the policy's path (`serviceId` for an agent, `departmentId` for a service, `postId` for a sector…): a row that
 * sets it is refused on that field when what it designates lies outside the perimeter. The record itself was in the
 * perimeter before (out of it, it would not have been found). The flush subscriber stays, for every other write.
 */
export async function perimeterChecks(
  em: EntityManager,
  access: Access,
  entityName: string,
  rows: PerimeterRow[],
  skip: (index: number, field: string) => boolean,
): Promise<Violation[][]> {
  const out: Violation[][] = rows.map(() => []);
  const path = SCOPED[entityName];
  if (!path || !isTerritorial(access.role)) return out;
  const meta = em.getMetadata().get(entityName);
  const [first, ...rest] = departmentPath(path);
  const prop = meta.properties[first as never];
  const field = `${first}Id`;
  const target = prop.targetMeta!;
  const designated = rows.map((row, index) => {
    if ((row.existing && row.values[field] === undefined) || skip(index, field)) return undefined;
    const value = row.values[field] !== undefined ? row.values[field] : null;
    return value === null || isUuid(value) ? (value as string | null) : undefined;
  });
  const found = await territories(
    em,
    target,
    rest,
    designated.filter((id): id is string => !!id),
  );
  const allowed = new Set(await access.departmentIds());
  designated.forEach((id, index) => {
    if (id === undefined) return;
    const label = `« ${fieldLabel(entityName, field)} »`;
    if (id === null) {
      out[index].push(
        violation(
          field,
          'OUT_OF_PERIMETER',
          outOfPerimeter(access, `${label} vide`, ' : un enregistrement national relève de l’administration nationale'),
        ),
      );
      return;
    }
    const territory = found.get(id);
    if (!territory || (territory.departmentId && allowed.has(territory.departmentId))) return;
    const named = `${entityLabel(target.className)}${territory.key ? ` « ${territory.key} »` : ''}`;
    const where = !territory.departmentId
      ? ', national (sans département)'
      : rest.length
        ? `, du département ${territory.departmentCode}`
        : '';
    out[index].push(violation(field, 'OUT_OF_PERIMETER', outOfPerimeter(access, `${label} désigne ${named}`, where)));
  });
  return out;
}
