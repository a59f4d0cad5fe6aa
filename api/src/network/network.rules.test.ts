import { describe, expect, it } from 'vitest';
import { AgentCategory } from '../referential/enums';
import { AdministrativeAuthority, PostKind } from './enums';
import {
  administrativeAuthority,
  assignmentReference,
  budgetProgrammeRule,
  parseAssignmentReference,
  postCapacityRule,
  type QualificationPeriod,
  qualificationOn,
  qualificationRule,
  replacementRule,
  sectorRule,
  technicalSuperiorRule,
} from './network.rules';

const ASS_CORPS = 'Assistants de service social des administrations de l’État';
/** The day a write is judged on (its effective date, a sector's or a replacement's first day). */
const DAY = '2025-07-01';

describe('network rules', () => {
  // The requirements as the migration seeds them (configurable records).
  const RULES: QualificationPeriod[] = [
    {
      kind: PostKind.ASS,
      category: AgentCategory.B,
      validFrom: '1970-01-01',
      validTo: '2019-01-31',
      legalBasis: 'circulaire NOR INTK1307790C, § II.3',
    },
    {
      kind: PostKind.ASS,
      category: AgentCategory.A,
      validFrom: '2019-02-01',
      validTo: null,
      legalBasis: 'décret n° 2017-1050 du 10 mai 2017',
    },
    ...[PostKind.CTR, PostKind.CT_CENTRAL, PostKind.CTN].map((kind) => ({
      kind,
      category: AgentCategory.A,
      validFrom: '1970-01-01',
      validTo: null,
      legalBasis: 'circulaire NOR INTK1307790C, § II.1–2',
    })),
  ];
  const check = (kind: PostKind, category: AgentCategory, date: string, corps = ASS_CORPS) =>
    qualificationRule(kind, { category, corps, label: 'X' }, date, RULES);

  it('ASS: category B before 2019-02-01 [004 §II.3], category A from then (décret n° 2017-1050); a social service corps always [004 §III.1]', () => {
    expect(check(PostKind.ASS, AgentCategory.B, '2019-01-31')).toEqual([]);
    expect(check(PostKind.ASS, AgentCategory.A, '2019-01-31')[0]).toMatchObject({ field: 'agentId', code: 'POST_QUALIFICATION' });
    expect(check(PostKind.ASS, AgentCategory.A, '2019-02-01')).toEqual([]);
    expect(check(PostKind.ASS, AgentCategory.B, '2019-02-01')[0].message).toContain(
      'catégorie A d’un corps du service social (décret n° 2017-1050 du 10 mai 2017)',
    );
    expect(check(PostKind.ASS, AgentCategory.A, '2026-12-01')).toEqual([]);
    expect(check(PostKind.ASS, AgentCategory.A, '2026-12-01', 'Secrétaires administratifs')[0].code).toBe('POST_QUALIFICATION');
  });

  it('CTR, CT_CENTRAL and CTN: category A counsellors [004 §II.1–2]; no requirement configured on a date: refused, saying so', () => {
    expect(check(PostKind.CTR, AgentCategory.B, '2025-01-01')[0].message).toContain('catégorie A');
    // Since 2019 an ASS is category A too: the CTR's grade is what tells them apart [004 §II.2].
    expect(check(PostKind.CTR, AgentCategory.A, '2025-01-01')[0].message).toContain(
      'du corps des conseillers techniques de service social',
    );
    expect(
      check(PostKind.CTR, AgentCategory.A, '2025-01-01', 'Conseillers techniques de service social des administrations de l’État'),
    ).toEqual([]);
    expect(check(PostKind.CTN, AgentCategory.A, '2025-01-01', 'Conseillers techniques de service social')).toEqual([]);
    expect(qualificationOn(RULES, PostKind.ASS, '2019-02-01')?.category).toBe(AgentCategory.A);
    expect(check(PostKind.ASS, AgentCategory.B, '1969-12-31')[0]).toMatchObject({ code: 'POST_QUALIFICATION_NONE', field: 'validFrom' });
  });

  it('a temporary sector (a second region) ends: the DRH decision is temporary [004 §II.2]', () => {
    const temporary = { regionId: 'r', departmentId: null, temporary: true, decisionReference: 'DRH-1', decisionDate: '2024-06-01' };
    expect(sectorRule(PostKind.CTR, { ...temporary, validTo: null }, DAY).map((v) => v.code)).toEqual(['SECTOR_TEMPORARY_END']);
    expect(sectorRule(PostKind.CTR, { ...temporary, validTo: '2025-06-30' }, DAY)).toEqual([]);
  });

  it('ties programme 216 to CTR and 307 to ASS [004 §III.1]', () => {
    expect(budgetProgrammeRule(PostKind.ASS, 307)).toEqual([]);
    expect(budgetProgrammeRule(PostKind.CTR, 307)[0].code).toBe('POST_BUDGET_PROGRAMME');
    expect(budgetProgrammeRule(PostKind.CTN, 999)[0].code).toBe('POST_BUDGET_PROGRAMME');
  });

  it('follows the technical hierarchy ASS → CTR or CT_CENTRAL → CTN, and the administrative authorities', () => {
    expect(technicalSuperiorRule(PostKind.ASS, PostKind.CT_CENTRAL, DAY)).toEqual([]);
    expect(technicalSuperiorRule(PostKind.ASS, PostKind.CTN, DAY)[0].field).toBe('technicalSuperiorId');
    expect(technicalSuperiorRule(PostKind.CTN, PostKind.CTR, DAY)[0].code).toBe('POST_HIERARCHY');
    // The refusal names both kinds on the day judged, and the day.
    expect(technicalSuperiorRule(PostKind.CTR, PostKind.CTR, DAY)[0].message).toBe(
      'Le supérieur technique d’un poste de conseiller technique régional est un poste de conseiller technique national : le 01/07/2025, ce poste est un poste de conseiller technique régional et le supérieur choisi un poste de conseiller technique régional.',
    );
    expect(administrativeAuthority(PostKind.ASS, true)).toBe(AdministrativeAuthority.DEPARTMENT_PREFECT);
    expect(administrativeAuthority(PostKind.ASS, false)).toBe(AdministrativeAuthority.DRH);
    expect(administrativeAuthority(PostKind.CTR, true)).toBe(AdministrativeAuthority.REGIONAL_PREFECT_AND_DRH);
  });

  it('gives CTR regions, a second one only temporarily by a dated DRH decision, and ASS departments [004 §II.2–3]', () => {
    const sector = { regionId: 'r', departmentId: null, temporary: false, decisionReference: null, decisionDate: null };
    expect(sectorRule(PostKind.CTR, sector, DAY)).toEqual([]);
    expect(sectorRule(PostKind.CTR, { ...sector, temporary: true }, DAY)[0].code).toBe('SECTOR_DECISION_REQUIRED');
    expect(sectorRule(PostKind.CTR, { ...sector, temporary: true, decisionReference: 'D', decisionDate: '2024-06-15' }, DAY)).toEqual([]);
    expect(sectorRule(PostKind.ASS, sector, DAY)[0]).toMatchObject({
      field: 'departmentId',
      code: 'SECTOR_KIND',
      message:
        'Le secteur d’un poste d’assistant de service social est un département ou une partie de département : le 01/07/2025, premier jour du secteur, ce poste est un poste d’assistant de service social.',
    });
  });

  it('keeps overlapping holders of a post within its ETP', () => {
    const self = { quota: 0.5, validFrom: '2024-01-01', validTo: null, label: 'B' };
    expect(postCapacityRule(self, [{ quota: 0.5, validFrom: '2020-01-01', validTo: null, label: 'A' }], 1)).toEqual([]);
    expect(postCapacityRule(self, [{ quota: 0.8, validFrom: '2020-01-01', validTo: '2024-03-31', label: 'A' }], 1)[0].message).toContain(
      'du 01/01/2024 au 31/03/2024',
    );
  });

  it('replaces a post by the holder of a post of the same kind, within that holding', () => {
    const replacing = { postId: 'p2', kind: PostKind.ASS, validFrom: '2022-01-01', validTo: null };
    expect(replacementRule({ id: 'p1', kind: PostKind.ASS }, replacing, { validFrom: '2025-01-01', validTo: null })).toEqual([]);
    expect(replacementRule({ id: 'p2', kind: PostKind.ASS }, replacing, { validFrom: '2025-01-01', validTo: null })[0].code).toBe(
      'REPLACEMENT_SAME_POST',
    );
    expect(
      replacementRule({ id: 'p1', kind: PostKind.CTR }, replacing, { validFrom: '2021-01-01', validTo: null }).map((v) => v.code),
    ).toEqual(['REPLACEMENT_KIND', 'REPLACEMENT_OUTSIDE_ASSIGNMENT']);
  });
});

describe('assignment references (a spreadsheet cell naming an assignment)', () => {
  it('reads the post code and the start date, in ISO or French form, and keeps an impossible date as text', () => {
    expect(assignmentReference('ASS-35-02', '2025-01-01')).toBe('ASS-35-02 (01/01/2025)');
    expect(parseAssignmentReference('ASS-35-02 (2025-01-01)')).toEqual({ postCode: 'ASS-35-02', validFrom: '2025-01-01' });
    expect(parseAssignmentReference(' ASS-35-02 (01/09/2024) ')).toEqual({ postCode: 'ASS-35-02', validFrom: '2024-09-01' });
    expect(parseAssignmentReference('ASS-35-02')).toEqual({ postCode: 'ASS-35-02' });
    expect(parseAssignmentReference('ASS-35-02 (2025-02-30)')).toEqual({ postCode: 'ASS-35-02 (2025-02-30)' });
  });
});
