import { Ministry } from '../referential/ministry.entity';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { fractionRule } from '../network/network.rules';
import { CrudService, type PreparedRow, referenced, valueOf } from '../shared/crud.service';
import { violation } from '../shared/errors';
import { today } from '../shared/scalars';
import { Convention } from './convention.entity';
import { ConventionScope } from './convention-scope.entity';
import { conventionKindRule, scopeDefaultStartRule, scopePeriodRule, scopeRule } from './conventions.rules';
import { termEndRule } from './renewal';
import type { ConventionInput, ConventionScopeInput } from './conventions.types';
import type { ConventionKind } from './enums';
import { CONVENTION_VERSIONS } from './versions';
import { TimeAllocation } from './time-allocation.entity';

const str = <E, I>(row: PreparedRow<E, I>, field: string) => (valueOf(row, field) as string | null | undefined) ?? null;

interface ConventionFacts {
  posts: Map<string, SocialWorkerPost>;
  ministries: Map<string, Ministry>;
}

export const conventions = new CrudService<Convention, ConventionInput, ConventionFacts>({
  entity: Convention,
  label: 'Convention',
  fields: {
    reference: 'Référence',
    title: 'Intitulé',
    kind: 'Type de convention',
    basis: 'Fondement',
    sourceText: 'Texte source',
    signedOn: 'Date de signature',
    tacitRenewal: 'Tacite reconduction',
    renewalTerms: 'Modalités de renouvellement',
    postId: 'Poste',
    functionShareGuideline: 'Part de référence de la fonction',
    functionShareTolerance: 'Écart toléré',
    secretarialEtp: 'Temps de secrétariat (ETP)',
    partnerMinistryId: 'Ministère partenaire',
    direction: 'Sens de la prestation',
    populations: 'Populations couvertes',
    etpProvided: 'ETP fournis',
    validFrom: 'Date d’effet',
    validTo: 'Date de fin',
    effectiveDate: 'Date d’effet du changement',
    effectiveUntil: 'Jusqu’au',
  },
  versions: CONVENTION_VERSIONS,
  list: { sortable: ['reference', 'title', 'kind', 'basis', 'validFrom', 'validTo'], dated: true },
  required: ['reference', 'title', 'kind', 'basis', 'validFrom'],
  unique: ['reference'],
  prepare: async (em, rows) => ({
    posts: await referenced(em, SocialWorkerPost, rows, 'postId'),
    ministries: await referenced(em, Ministry, rows, 'partnerMinistryId'),
  }),
  check: (row, facts) => {
    const kind = valueOf(row, 'kind') as ConventionKind | undefined;
    const partner = facts.ministries.get(str(row, 'partnerMinistryId') ?? '');
    return [
      ...(kind
        ? conventionKindRule(kind, {
            postKind: facts.posts.get(str(row, 'postId') ?? '')?.kind ?? null,
            partnerIsInterior: partner ? partner.interior : null,
            direction: str(row, 'direction'),
            basis: String(valueOf(row, 'basis')),
            validTo: str(row, 'validTo'),
          })
        : []),
      ...fractionRule('functionShareGuideline', row.values.functionShareGuideline, 'Part de référence de la fonction'),
      ...(str(row, 'validFrom')
        ? termEndRule({ validFrom: str(row, 'validFrom')!, validTo: str(row, 'validTo'), tacitRenewal: !!valueOf(row, 'tacitRenewal') })
        : []),
    ];
  },
  beforeDelete: async (em, convention) =>
    (await em.count(TimeAllocation, { convention }))
      ? [
          violation(
            'id',
            'CONVENTION_HAS_ALLOCATIONS',
            'Cette convention a des parts de temps : elle ne peut pas être supprimée ; fermez-la avec une date de fin.',
          ),
        ]
      : [],
});

/** The conventions the rows of a zone belong to (their period bounds the entries'). */
type ScopeFacts = Map<string, Convention>;

/** The convention of a zone row: the one it names, else the one it belongs to. */
const conventionOfRow = (row: PreparedRow<ConventionScope, ConventionScopeInput>, conventions: ScopeFacts) =>
  conventions.get(str(row, 'conventionId') ?? '');

export const conventionScopes = new CrudService<ConventionScope, ConventionScopeInput, ScopeFacts>({
  entity: ConventionScope,
  label: 'Entrée de zone',
  fields: {
    conventionId: 'Convention',
    serviceId: 'Service',
    departmentId: 'Département',
    regionId: 'Région',
    countedWithId: 'Compté avec le service',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
  },
  list: { sortable: ['id', 'validFrom'], dated: true },
  required: ['conventionId'],
  prepare: (em, rows) => referenced(em, Convention, rows, 'conventionId'),
  check: (row, conventions) => {
    const out = scopeRule({
      serviceId: str(row, 'serviceId'),
      departmentId: str(row, 'departmentId'),
      regionId: str(row, 'regionId'),
      countedWithId: str(row, 'countedWithId'),
    });
    const convention = conventionOfRow(row, conventions);
    if (convention) {
      // An entry with no start enters the zone with its convention (afterApply writes that day).
      const given = str(row, 'validFrom') ?? null;
      out.push(...scopeDefaultStartRule({ validFrom: given, isNew: !row.existing }, convention, today()));
      out.push(...scopePeriodRule({ validFrom: given ?? convention.validFrom, validTo: str(row, 'validTo') }, convention));
    }
    return out;
  },
  afterApply: (_em, scope, row, _previous, conventions) => {
    const convention = conventionOfRow(row, conventions);
    if (!scope.validFrom && convention) scope.validFrom = convention.validFrom;
  },
});
