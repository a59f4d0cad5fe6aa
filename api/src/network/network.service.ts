import { Agent } from '../referential/agent.entity';
import { overlaps } from '../referential/referential.rules';
import { CrudService, type PreparedRow, referenced, valueOf } from '../shared/crud.service';
import { violation } from '../shared/errors';
import { escapeLike } from '../shared/search';
import { type IsoDate, today } from '../shared/scalars';
import { valuesOn, type ValuesOn } from '../shared/versions/versioned';
import { AGENT_VERSIONS } from '../referential/versions';
import type { AgentCategory } from '../referential/enums';
import type { PostKind } from './enums';
import {
  budgetProgrammeRule,
  fractionRule,
  parseAssignmentReference,
  postCapacityRule,
  qualificationRule,
  type QuotaPeriod,
  replacementRule,
  sectorRule,
  technicalSuperiorRule,
} from './network.rules';
import type {
  PostAssignmentInput,
  PostQualificationInput,
  PostSectorInput,
  ReplacementInput,
  SocialWorkerPostInput,
} from './network.types';
import { PostAssignment } from './post-assignment.entity';
import { PostQualification } from './post-qualification.entity';
import { PostSector } from './post-sector.entity';
import { Replacement } from './replacement.entity';
import { SocialWorkerPost } from './social-worker-post.entity';
import { POST_VERSIONS } from './versions';
import { frDate, frNumber } from '../shared/french';

const period = { validFrom: 'Date de début', validTo: 'Date de fin' };
const str = <E, I>(row: PreparedRow<E, I>, field: string) => valueOf(row, field) as string | null | undefined;

/** A post's kind on a day (issue 17: the kind is dated): its version in force that day. */
const kindOn = (post: SocialWorkerPost, on: ValuesOn, day: IsoDate) => (on(post.id, day)?.kind as PostKind | undefined) ?? post.kind;

interface PostFacts {
  superiors: Map<string, SocialWorkerPost>;
  /** The versions of the rows' posts and of their superiors. */
  on: ValuesOn;
}

/**
 * The day a post's write is judged on: its effective date (« Date d’effet »), today without one; a new post's first
 * day (its kind holds from then).
 */
const postRuleDay = (row: PreparedRow<SocialWorkerPost, SocialWorkerPostInput>): IsoDate =>
  row.values.effectiveDate ?? (row.existing ? today() : (row.values.validFrom ?? today()));

export const socialWorkerPosts = new CrudService<SocialWorkerPost, SocialWorkerPostInput, PostFacts>({
  entity: SocialWorkerPost,
  label: 'Poste du service social',
  fields: {
    code: 'Code',
    title: 'Intitulé',
    kind: 'Nature du poste',
    residenceId: 'Résidence administrative',
    budgetProgramme: 'Programme budgétaire',
    etp: 'Quota (ETP)',
    technicalSuperiorId: 'Supérieur technique',
    ...period,
    effectiveDate: 'Date d’effet',
    effectiveUntil: 'Jusqu’au',
  },
  versions: POST_VERSIONS,
  list: {
    sortable: ['code', 'title', 'kind', 'budgetProgramme', 'validFrom', 'validTo'],
    dated: true,
    custom: { departmentId: (department: string) => ({ residence: { department } }) },
  },
  required: ['code', 'title', 'kind', 'residenceId', 'budgetProgramme', 'validFrom'],
  unique: ['code'],
  prepare: async (em, rows) => {
    const superiors = await referenced(em, SocialWorkerPost, rows, 'technicalSuperiorId');
    const ids = [...superiors.keys(), ...rows.flatMap((r) => (r.existing ? [r.existing.id] : []))];
    return { superiors, on: await valuesOn(em, POST_VERSIONS, ids) };
  },
  check: (row, { superiors, on }) => {
    const kind = valueOf(row, 'kind') as PostKind | undefined;
    const programme = valueOf(row, 'budgetProgramme') as number | undefined;
    const superiorId = str(row, 'technicalSuperiorId');
    if (!kind) return [];
    // The hierarchy on the write's day: the post's kind then (the one given takes effect that day) and its superior's.
    const day = postRuleDay(row);
    const kindThen = row.values.kind ?? (row.existing ? kindOn(row.existing, on, day) : kind);
    const superior = superiorId ? superiors.get(superiorId) : undefined;
    return [
      ...(programme !== undefined ? budgetProgrammeRule(kind, programme) : []),
      ...technicalSuperiorRule(kindThen, superior ? kindOn(superior, on, day) : null, day),
      ...fractionRule('etp', row.values.etp, 'Quota (ETP)'),
      ...(superiorId && superiorId === row.existing?.id
        ? [violation('technicalSuperiorId', 'POST_HIERARCHY', 'Un poste n’est pas son propre supérieur.')]
        : []),
    ];
  },
  beforeDelete: async (em, post) =>
    (await em.count(PostAssignment, { post }))
      ? [violation('id', 'POST_HAS_ASSIGNMENTS', 'Ce poste a été occupé : il ne peut pas être supprimé ; fermez-le avec une date de fin.')]
      : [],
});

export const postSectors = new CrudService<PostSector, PostSectorInput, { posts: Map<string, SocialWorkerPost>; on: ValuesOn }>({
  entity: PostSector,
  label: 'Secteur',
  fields: {
    postId: 'Poste',
    regionId: 'Région',
    departmentId: 'Département',
    part: 'Partie du département',
    temporary: 'Prise en charge temporaire',
    decisionReference: 'Référence de la décision',
    decisionDate: 'Date de la décision',
    ...period,
  },
  list: { sortable: ['validFrom', 'validTo', 'temporary'], dated: true },
  required: ['postId', 'validFrom'],
  prepare: async (em, rows) => {
    const posts = await referenced(em, SocialWorkerPost, rows, 'postId');
    return { posts, on: await valuesOn(em, POST_VERSIONS, posts.keys()) };
  },
  check: (row, { posts, on }) => {
    const post = posts.get(str(row, 'postId') ?? '');
    const validFrom = str(row, 'validFrom') as IsoDate | undefined;
    if (!post || !validFrom) return [];
    // The post's kind on the sector's first day: an ASS become CTR on D has a department until D−1, a region from D.
    return sectorRule(
      kindOn(post, on, validFrom),
      {
        regionId: str(row, 'regionId') ?? null,
        departmentId: str(row, 'departmentId') ?? null,
        temporary: !!valueOf(row, 'temporary'),
        decisionReference: str(row, 'decisionReference') ?? null,
        decisionDate: str(row, 'decisionDate') ?? null,
        validTo: str(row, 'validTo') ?? null,
      },
      validFrom,
    );
  },
});

interface AssignmentFacts {
  posts: Map<string, SocialWorkerPost>;
  /** The dated category requirements of the posts (all of them: a handful of records). */
  qualifications: PostQualification[];
  agents: Map<string, Agent>;
  /** Stored assignments of the batch's posts, as the batch changes them, and the batch's new ones. */
  periods: (QuotaPeriod & { key: string; postId: string })[];
  /** The versions of the posts (their kind) and of the agents (their category and corps) on any day. */
  postOn: ValuesOn;
  agentOn: ValuesOn;
}

type AssignmentRow = PreparedRow<PostAssignment, PostAssignmentInput>;

function assignmentPeriod(row: AssignmentRow, agents: Map<string, Agent>) {
  const agent = agents.get(str(row, 'agentId') ?? '');
  return {
    key: row.existing?.id ?? `row-${row.index}`,
    postId: str(row, 'postId') ?? '',
    quota: (valueOf(row, 'workQuota') as number | undefined) ?? 0,
    validFrom: str(row, 'validFrom') as IsoDate,
    validTo: str(row, 'validTo') ?? null,
    label: `${agent ? `${agent.firstName} ${agent.lastName}` : 'un agent'} (ligne ${row.index + 1})`,
  };
}

export const postAssignments = new CrudService<PostAssignment, PostAssignmentInput, AssignmentFacts>({
  entity: PostAssignment,
  label: 'Affectation sur un poste',
  fields: {
    postId: 'Poste',
    agentId: 'Agent',
    workQuota: 'Quotité de travail',
    employingMinistryId: 'Administration employeuse',
    ...period,
  },
  list: {
    sortable: ['validFrom', 'validTo', 'workQuota'],
    dated: true,
    // `q` names an assignment as a spreadsheet cell shows it: post code (prefix) and, optionally, start date.
    custom: {
      q: (text: string) => {
        const { postCode, validFrom } = parseAssignmentReference(text);
        return { post: { code: { $ilike: `${escapeLike(postCode)}%` } }, ...(validFrom ? { validFrom } : {}) };
      },
    },
  },
  required: ['postId', 'agentId', 'workQuota', 'employingMinistryId', 'validFrom'],
  prepare: async (em, rows) => {
    const posts = await referenced(em, SocialWorkerPost, rows, 'postId');
    const agentIds = [...new Set(rows.map((r) => str(r, 'agentId')).filter((id): id is string => !!id))];
    const stored = posts.size ? await em.find(PostAssignment, { post: { $in: [...posts.keys()] } }, { populate: ['agent'] }) : [];
    const agents = new Map(
      [...stored.map((a) => a.agent), ...(agentIds.length ? await em.find(Agent, { id: { $in: agentIds } }) : [])].map((a) => [a.id, a]),
    );
    const changed = new Set(rows.map((r) => r.existing?.id));
    const periods = [
      ...stored
        .filter((a) => !changed.has(a.id))
        .map((a) => ({
          key: a.id,
          postId: a.post.id,
          quota: a.workQuota,
          validFrom: a.validFrom,
          validTo: a.validTo,
          label: `${a.agent.firstName} ${a.agent.lastName} (${frNumber(a.workQuota)} ETP, depuis le ${frDate(a.validFrom)})`,
        })),
      ...rows.map((r) => assignmentPeriod(r, agents)),
    ];
    return {
      posts,
      agents,
      periods,
      qualifications: await em.find(PostQualification, {}),
      postOn: await valuesOn(em, POST_VERSIONS, posts.keys()),
      agentOn: await valuesOn(em, AGENT_VERSIONS, agents.keys()),
    };
  },
  check: (row, facts) => {
    const post = facts.posts.get(str(row, 'postId') ?? '');
    const agent = facts.agents.get(str(row, 'agentId') ?? '');
    const self = assignmentPeriod(row, facts.agents);
    const out = fractionRule('workQuota', row.values.workQuota, 'Quotité de travail');
    // Checked when the holder or the start date changes: the requirement in force on the start date applies, to the
    // post's kind and the agent's category and corps of that day (issue 17: all three are dated).
    if (post && agent && self.validFrom && (row.values.agentId !== undefined || row.values.validFrom !== undefined)) {
      const then = facts.agentOn(agent.id, self.validFrom);
      const career = {
        category: (then?.category as AgentCategory | undefined) ?? agent.category,
        corps: (then?.corps as string | undefined) ?? agent.corps,
        label: `${agent.firstName} ${agent.lastName}`,
      };
      out.push(...qualificationRule(kindOn(post, facts.postOn, self.validFrom), career, self.validFrom, facts.qualifications));
    }
    if (post && self.validFrom && out.length === 0) {
      const others = facts.periods.filter((p) => p.postId === self.postId && p.key !== self.key);
      out.push(...postCapacityRule(self, others, post.etp));
    }
    return out;
  },
  beforeDelete: async (em, assignment) =>
    (await em.count(Replacement, { replacing: assignment }))
      ? [violation('id', 'ASSIGNMENT_HAS_REPLACEMENTS', 'Cette affectation assure des remplacements : supprimez-les d’abord.')]
      : [],
});

interface ReplacementFacts {
  posts: Map<string, SocialWorkerPost>;
  assignments: Map<string, PostAssignment>;
  /** The versions of the covered posts and of the replacing assignments' posts (their kind on any day). */
  on: ValuesOn;
}

export const replacements = new CrudService<Replacement, ReplacementInput, ReplacementFacts>({
  entity: Replacement,
  label: 'Remplacement',
  fields: { postId: 'Poste remplacé', replacingId: 'Affectation du remplaçant', reason: 'Motif', ...period },
  list: { sortable: ['validFrom', 'validTo', 'reason'], dated: true },
  required: ['postId', 'replacingId', 'reason', 'validFrom'],
  prepare: async (em, rows) => {
    const ids = [...new Set(rows.map((r) => str(r, 'replacingId')).filter((id): id is string => !!id))];
    const assignments = ids.length ? await em.find(PostAssignment, { id: { $in: ids } }, { populate: ['post'] }) : [];
    const posts = await referenced(em, SocialWorkerPost, rows, 'postId');
    const on = await valuesOn(em, POST_VERSIONS, [...posts.keys(), ...assignments.map((a) => a.post.id)]);
    return { posts, assignments: new Map(assignments.map((a) => [a.id, a])), on };
  },
  check: (row, facts) => {
    const covered = facts.posts.get(str(row, 'postId') ?? '');
    const replacing = facts.assignments.get(str(row, 'replacingId') ?? '');
    const validFrom = str(row, 'validFrom');
    if (!covered || !replacing || !validFrom) return [];
    // Both posts' kinds on the replacement's first day.
    return replacementRule(
      { id: covered.id, kind: kindOn(covered, facts.on, validFrom) },
      {
        postId: replacing.post.id,
        kind: kindOn(replacing.post, facts.on, validFrom),
        validFrom: replacing.validFrom,
        validTo: replacing.validTo,
      },
      { validFrom, validTo: str(row, 'validTo') ?? null },
    );
  },
});

/** The category each kind of post requires, dated and configurable: one requirement per kind on any date. */
export const postQualifications = new CrudService<PostQualification, PostQualificationInput, PostQualification[]>({
  entity: PostQualification,
  label: 'Qualification requise',
  fields: { kind: 'Nature du poste', category: 'Catégorie requise', legalBasis: 'Texte', ...period },
  list: { sortable: ['kind', 'category', 'validFrom', 'validTo'], dated: true },
  required: ['kind', 'category', 'legalBasis', 'validFrom'],
  prepare: (em) => em.find(PostQualification, {}),
  check: (row, stored) => {
    const kind = valueOf(row, 'kind') as PostKind | undefined;
    const span = { validFrom: str(row, 'validFrom') as IsoDate, validTo: str(row, 'validTo') ?? null };
    if (!kind || !span.validFrom) return [];
    const clash = stored.find((q) => q.id !== row.existing?.id && q.kind === kind && overlaps(q, span));
    return clash
      ? [
          violation(
            'validFrom',
            'POST_QUALIFICATION_OVERLAP',
            `Une exigence de catégorie ${clash.category} est déjà en vigueur pour ce type de poste sur cette période (depuis le ${frDate(clash.validFrom)}) : une seule s’applique à une date.`,
          ),
        ]
      : [];
  },
});
