import { Arg, Ctx, Field, Float, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeSql } from '../access/scope';
import type { Context } from '../context';
import { Department } from '../referential/department.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { named, validSql as valid } from '../shared/sql';
import { EPSILON } from './network.rules';
import { PostAssignment } from './post-assignment.entity';
import { tableAsOf } from '../shared/versions/versioned';
import { SocialWorkerPost } from './social-worker-post.entity';

/*
 * The indicators of the social service network, like the correspondents' (indicators.resolver.ts): one SQL statement
 * each over the dated records, valid for any date, over the rows the caller can list (the access policy as SQL).
 * A post's department is its administrative residence's.
 */

@ObjectType({ description: 'Un poste d’assistant de service social en vigueur à la date que personne n’occupe [004 §III].' })
export class VacantPost {
  @RefField(() => SocialWorkerPost, { description: 'Le poste vacant.' }) post!: SocialWorkerPost;
  @RefField(() => Department, { nullable: true, description: 'Le département de sa résidence administrative.' })
  department!: Department | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Le jour où son dernier titulaire l’a quitté (null s’il n’a jamais été occupé).',
  })
  lastHeldOn!: IsoDate | null;
}

@ObjectType({
  description:
    'Une affectation sur un poste dont les parts de temps en vigueur à la date ne totalisent pas 1 (à 0,001 près) [003 annexe 5 ; DOMAIN §6].',
})
export class UnbalancedAllocation {
  @RefField(() => PostAssignment, { description: 'L’affectation dont les parts ne totalisent pas 1.' }) assignment!: PostAssignment;
  @RefField(() => SocialWorkerPost, { description: 'Le poste de l’affectation.' }) post!: SocialWorkerPost;
  @RefField(() => Department, { nullable: true, description: 'Le département de la résidence administrative du poste.' })
  department!: Department | null;
  @Field(() => Float, { description: 'La somme des parts en vigueur à la date.' }) total!: number;
}

interface VacantRow {
  id: string;
  department_id: string | null;
  last_held_on: IsoDate | null;
}
interface UnbalancedRow {
  id: string;
  post_id: string;
  department_id: string | null;
  total: number;
}

/** The ASS posts (their kind on the day read: a post become CTR is no longer one) in force that no one holds that day. */
async function vacantRows(em: EntityManager, asOf: IsoDate, departmentId: string | null): Promise<VacantRow[]> {
  const sql = `
    select p.id, s.department_id,
      (select max(pa.valid_to) from post_assignment pa where pa.post_id = p.id and pa.valid_to < :asOf)::text as last_held_on
    from ${tableAsOf(em.getMetadata(), 'SocialWorkerPost', asOf)} p join ${tableAsOf(em.getMetadata(), 'Service', asOf)} s on s.id = p.residence_id left join department d on d.id = s.department_id
    where ${valid('p')} and p.kind = 'ASS' and (:dep::uuid is null or s.department_id = :dep::uuid)
      and not exists (select 1 from post_assignment pa where pa.post_id = p.id and ${valid('pa')})${await scopeSql(em, SocialWorkerPost, 'p.id')}
    order by d.code nulls first, p.code`;
  return em.getConnection('read').execute(...named(sql, { asOf, dep: departmentId }));
}

/** An assignment's shares are a fact of the assignment (how its time divides): summed whole, as the ratio does. */
async function unbalancedRows(em: EntityManager, asOf: IsoDate, departmentId: string | null): Promise<UnbalancedRow[]> {
  const sql = `
    with totals as (
      select ta.assignment_id, sum(ta.share) as total from time_allocation ta where ${valid('ta')} group by ta.assignment_id
    )
    select pa.id, pa.post_id, s.department_id, t.total
    from totals t join post_assignment pa on pa.id = t.assignment_id
    join ${tableAsOf(em.getMetadata(), 'SocialWorkerPost', asOf)} p on p.id = pa.post_id join ${tableAsOf(em.getMetadata(), 'Service', asOf)} s on s.id = p.residence_id
    left join department d on d.id = s.department_id
    where abs(t.total - 1) > :epsilon and (:dep::uuid is null or s.department_id = :dep::uuid)${await scopeSql(em, PostAssignment, 'pa.id')}
    order by d.code nulls first, p.code, pa.valid_from`;
  return em.getConnection('read').execute(...named(sql, { asOf, dep: departmentId, epsilon: EPSILON }));
}

const AS_OF = { nullable: true, description: 'L’état à cette date (par défaut aujourd’hui).' };
const DEPARTMENT = { nullable: true, description: 'Seulement ce département (celui de la résidence du poste).' };

@Resolver()
export class NetworkIndicatorsResolver {
  @Query(() => [VacantPost], {
    description:
      'Les postes d’assistant de service social en vigueur que personne n’occupe à la date, par code de département puis code de poste.',
  })
  async vacantPosts(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await vacantRows(ctx.em, asOf ?? today(), departmentId ?? null)).map((r) =>
      Object.assign(new VacantPost(), {
        post: ctx.em.getReference(SocialWorkerPost, r.id),
        department: r.department_id ? ctx.em.getReference(Department, r.department_id) : null,
        lastHeldOn: r.last_held_on,
      }),
    );
  }

  @Query(() => [UnbalancedAllocation], {
    description:
      'Les affectations sur un poste dont les parts de temps en vigueur à la date ne totalisent pas 1 (une part supprimée, ou des données reprises), avec leur somme.',
  })
  async allocationsNotSummingToOne(
    @Arg('asOf', () => DateScalar, AS_OF) asOf: IsoDate | undefined,
    @Arg('departmentId', () => ID, DEPARTMENT) departmentId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await unbalancedRows(ctx.em, asOf ?? today(), departmentId ?? null)).map((r) =>
      Object.assign(new UnbalancedAllocation(), {
        assignment: ctx.em.getReference(PostAssignment, r.id),
        post: ctx.em.getReference(SocialWorkerPost, r.post_id),
        department: r.department_id ? ctx.em.getReference(Department, r.department_id) : null,
        total: Math.round(Number(r.total) * 1e6) / 1e6,
      }),
    );
  }
}
