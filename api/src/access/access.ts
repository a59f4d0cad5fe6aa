import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, violation } from '../shared/errors';
import { type IsoDate, today } from '../shared/scalars';
import { type PartnerCoverage, partnerCoverage } from './partner-coverage';
import { canRead, canWrite, isRestricted, SCOPED } from './policy';
import { isTerritorial, type Principal, Role, ROLE_LABELS } from './roles';

const nest = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), value as Record<string, unknown>);

export const forbidden = (field: string, message: string) => new DomainError('FORBIDDEN', [violation(field, 'FORBIDDEN', message)]);

/** What one request's principal may see and change; built once per request, consulted below the resolvers. */
export class Access {
  private departments?: Promise<string[]>;
  private readonly coverages = new Map<IsoDate, Promise<PartnerCoverage>>();
  /** The date a partner ministry's conventions are read on: the query's `asOf`, else today. */
  asOf: IsoDate = today();

  constructor(
    readonly principal: Principal,
    private readonly em: EntityManager,
  ) {}

  get role(): Role {
    return this.principal.role;
  }

  /** True when some records are out of this principal's reach (territorial roles, partner ministries). */
  get scoped(): boolean {
    return isTerritorial(this.role) || this.role === Role.PARTNER_MINISTRY;
  }

  /** The departments of a territorial principal: its departments, or those of its regions (one query, once). */
  departmentIds(): Promise<string[]> {
    this.departments ??= this.em.getConnection()
      .execute<{ id: string }[]>(
        this.role === Role.REGIONAL_CTR
          ? 'select d.id from department d join region r on r.id = d.region_id where r.code in (?)'
          : 'select d.id from department d where d.code in (?)',
        [this.principal.perimeter],
      )
      .then((rows) => rows.map((r) => r.id));
    return this.departments;
  }

  /**
   * What a partner ministry's interministerial conventions cover on `asOf` [004 §I, §III]: the conventions, and per
   * convention the services of its zone (named, or in a named department or region) and the populations it names.
   */
  partnerCoverage(): Promise<PartnerCoverage> {
    let coverage = this.coverages.get(this.asOf);
    if (!coverage) {
      coverage = partnerCoverage(this.em, this.principal.perimeter, this.asOf);
      this.coverages.set(this.asOf, coverage);
    }
    return coverage;
  }

  /** Departments whose aggregates the caller may read: its territory, or where its conventions cover services; null = all. */
  async visibleDepartmentIds(): Promise<string[] | null> {
    if (isTerritorial(this.role)) return this.departmentIds();
    if (this.role !== Role.PARTNER_MINISTRY) return null;
    const services = [...new Set((await this.partnerCoverage()).flatMap((c) => c.serviceIds))];
    if (!services.length) return [];
    const rows = await this.em.getConnection().execute<{ id: string }[]>('select distinct department_id as id from service where id in (?) and department_id is not null', [services]);
    return rows.map((r) => r.id);
  }

  /** The condition a scoped entity's rows must meet for this principal (MikroORM filter condition). */
  async condition(entityName: string): Promise<Record<string, unknown>> {
    const path = SCOPED[entityName];
    if (!path || !this.scoped) return {};
    if (isTerritorial(this.role)) {
      const inDepartments = { $in: await this.departmentIds() };
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
