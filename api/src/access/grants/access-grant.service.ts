import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, valueOf } from '../../shared/crud.service';
import { type IsoDate, today } from '../../shared/scalars';
import { AccessGrant, GrantKind } from './access-grant.entity';
import { grantOverlapRule, grantPerimeterRule } from './access-grant.rules';
import type { AccessGrantInput } from './access-grant.types';
import { type Principal, Role } from '../roles';
import type { AuthConfig, GrantResolver, Identity } from '../token';

export const accessGrants = new CrudService<AccessGrant, AccessGrantInput, AccessGrant[]>({
  entity: AccessGrant,
  label: 'Habilitation',
  fields: {
    kind: 'Type d’identité',
    subject: 'Identifiant chez le fournisseur',
    label: 'Personne ou script',
    role: 'Rôle',
    perimeter: 'Périmètre',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
  },
  list: { sortable: ['label', 'subject', 'validFrom'], dated: true },
  required: ['kind', 'subject', 'label', 'role', 'validFrom'],
  prepare: (em, rows) => {
    const subjects = rows.map((r) => valueOf(r, 'subject')).filter((s): s is string => typeof s === 'string');
    return em.find(AccessGrant, { subject: { $in: subjects } });
  },
  check: (row, stored) => {
    const kind = valueOf(row, 'kind') as GrantKind | undefined;
    const subject = valueOf(row, 'subject') as string | undefined;
    const period = {
      id: row.existing?.id,
      validFrom: valueOf(row, 'validFrom') as string,
      validTo: (valueOf(row, 'validTo') as string | null) ?? null,
    };
    return [
      ...grantPerimeterRule(valueOf(row, 'role') as Role | undefined, valueOf(row, 'perimeter') as string[] | undefined),
      ...(period.validFrom
        ? grantOverlapRule(
            period,
            stored.filter((g) => g.kind === kind && g.subject === subject),
          )
        : []),
    ];
  },
});

/** The grant in force on a date for one identity, read without the caller's scope (the caller is not known yet). */
export function grantOf(em: EntityManager, kind: GrantKind, subject: string, on: IsoDate): Promise<AccessGrant | null> {
  return em.findOne(
    AccessGrant,
    { kind, subject, validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gte: on } }] },
    { filters: false },
  );
}

/** Identities of the provider → principals, from the grants in force today (one query per request). */
export function grantResolver(em: EntityManager, auth: AuthConfig): GrantResolver {
  return async (identity: Identity): Promise<Principal | null> => {
    const grant = await grantOf(em.fork(), identity.kind as GrantKind, identity.subject, today());
    if (grant) return { subject: identity.subject, name: grant.label, role: grant.role, perimeter: grant.perimeter };
    if (auth.mode === 'oidc' && identity.kind === 'USER' && identity.subject === auth.bootstrapAdmin) {
      return {
        subject: identity.subject,
        name: 'Administration nationale (AUTH_BOOTSTRAP_ADMIN)',
        role: Role.NATIONAL_ADMIN,
        perimeter: [],
      };
    }
    return null;
  };
}
