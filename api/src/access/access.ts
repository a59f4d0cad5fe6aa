import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, violation } from '../shared/errors';
import { SqlSet } from '../shared/read/conditions';
import { type IsoDate, today } from '../shared/scalars';
import { type PartnerCoverage, partnerCoverage } from './partner-coverage';
import { canRead, canWrite, isRestricted, SCOPED } from './policy';
import { isTerritorial, type Principal, Role, ROLE_LABELS } from './roles';

const nest = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), value as Record<string, unknown>);

export const forbidden = (field: string, message: string) => new DomainError('FORBIDDEN', [violation(field, 'FORBIDDEN', message)]);

/** What one request looked up about its principal, shared by the request's dated views of its access. */
interface Lookups {
  departments?: Promise<string[]>;
  readonly coverages: Map<IsoDate, Promise<PartnerCoverage>>;
}

/**
 * What one request's principal may see and change, on one date; built once per request, consulted below the
 * resolvers. Immutable: another date is another value (`on`), sharing the request's lookups.
 */
export class Access {
  constructor(
    readonly principal: Principal,
    private readonly em: EntityManager,
    /** The date a partner ministry's conventions are read on: the root field's `asOf`, else today. */
    readonly asOf: IsoDate = today(),
    private readonly lookups: Lookups = { coverages: new Map() },
  ) {}

  /** The same access on another date (only a partner ministry's scope depends on the date). */
  on(asOf: IsoDate | undefined): Access {
    if (!asOf || asOf === this.asOf || this.role !== Role.PARTNER_MINISTRY) return this;
    return new Access(this.principal, this.em, asOf, this.lookups);
  }

  get role(): Role {
    return this.principal.role;
  }

  /** True when some records are out of this principal's reach (territorial roles, partner ministries). */
  get scoped(): boolean {
    return isTerritorial(this.role) || this.role === Role.PARTNER_MINISTRY;
  }

  /** The departments of a territorial principal: its departments, or those of its regions (one query, once). */
  departmentIds(): Promise<string[]> {
    this.lookups.departments ??= this.em
      .getConnection('read')
      .execute<{ id: string }[]>(this.departmentsSql('?'), [this.principal.perimeter])
      .then((rows) => rows.map((r) => r.id));
    return this.lookups.departments;
  }

  /** The departments of a territorial principal, as SQL over the perimeter's codes (`codes`: a list of values). */
  private departmentsSql(codes: string): string {
    return this.role === Role.REGIONAL_CTR
      ? `select d.id from department d join region r on r.id = d.region_id where r.code in (${codes})`
      : `select d.id from department d where d.code in (${codes})`;
  }

  /**
   * What a partner ministry's interministerial conventions cover on `asOf` [004 §I, §III]: the conventions, and per
   * convention the services of its zone (named, or in a named department or region) and the populations it names.
   */
  partnerCoverage(): Promise<PartnerCoverage> {
    let coverage = this.lookups.coverages.get(this.asOf);
    if (!coverage) {
      coverage = partnerCoverage(this.em, this.principal.perimeter, this.asOf);
      this.lookups.coverages.set(this.asOf, coverage);
    }
    return coverage;
  }

  /**
   * Departments whose department-scoped records (maps, appointments, meetings, reports…) the caller lists, for the
   * aggregates over them: its territory; none for a partner ministry, which lists none of them (`condition`); null = all.
   */
  async visibleDepartmentIds(): Promise<string[] | null> {
    if (isTerritorial(this.role)) return this.departmentIds();
    return this.role === Role.PARTNER_MINISTRY ? [] : null;
  }

  /**
   * The condition a scoped entity's rows must meet for this principal (MikroORM filter condition). `inline`: the
   * territory stays a subquery, for SQL compiled into one statement (the ORM gets the looked-up ids).
   */
  async condition(entityName: string, { inline = false } = {}): Promise<Record<string, unknown>> {
    const path = SCOPED[entityName];
    if (!path || !this.scoped) return {};
    if (isTerritorial(this.role)) {
      const inDepartments = {
        $in: inline
          ? new SqlSet((q) => this.departmentsSql(`select unnest(${q.bind(this.principal.perimeter)}::text[])`))
          : await this.departmentIds(),
      };
      if ('department' in path) {
        const own = nest(path.department, inDepartments);
        return path.nationalWhenEmpty ? { $or: [own, nest(path.department, null)] } : own;
      }
      return path.service === '' ? { department: inDepartments } : nest(path.service, { department: inDepartments });
    }
    const coverage = await this.partnerCoverage();
    if (path.convention !== undefined) {
      const inConventions = { $in: coverage.map((c) => c.conventionId) };
      return path.convention === '' ? { id: inConventions } : nest(path.convention, inConventions);
    }
    // Past the conventions, what `partnerReaches` (policy.ts) says: nothing scoped by a department.
    if ('department' in path) return { id: { $in: [] } };
    // A record is shown under one of the conventions: one of its services and, where it names some, its populations.
    const cases = coverage.map(({ serviceIds, populations }) => {
      const inServices = { $in: serviceIds };
      const where = path.service === '' ? { id: inServices } : nest(path.service, inServices);
      return path.population && populations.length ? { ...where, [path.population]: { $in: populations } } : where;
    });
    return cases.length ? { $or: cases } : { id: { $in: [] } };
  }

  assertCanWrite(entityName: string, label = entityName): void {
    if (!canWrite(this.role, entityName)) {
      throw forbidden('id', `Votre rôle (${ROLE_LABELS[this.role]}) ne permet pas de modifier les enregistrements « ${label} ».`);
    }
  }

  assertCanRead(entityName: string, label = entityName): void {
    if (!canRead(this.role, entityName)) {
      throw forbidden('id', `Votre rôle (${ROLE_LABELS[this.role]}) ne permet pas de consulter les enregistrements « ${label} ».`);
    }
  }

  /** Filters and sorts may not reveal what the field itself hides. */
  assertReadable(typeName: string, fields: string[]): void {
    const hidden = fields.find((f) => isRestricted(this.role, typeName, f));
    if (hidden) throw forbidden(hidden, `Le champ « ${hidden} » n’est pas accessible à votre rôle (${ROLE_LABELS[this.role]}).`);
  }
}
