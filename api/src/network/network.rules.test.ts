import { describe, expect, it } from 'vitest';
import { AgentCategory } from '../referential/enums';
import { AdministrativeAuthority, PostKind } from './enums';
import { administrativeAuthority, assignmentReference, budgetProgrammeRule, parseAssignmentReference, postCapacityRule, qualificationRule, replacementRule, sectorRule, technicalSuperiorRule } from './network.rules';

const ASS_CORPS = 'Assistants de service social des administrations de l’État';

describe('network rules', () => {
  it('requires category B social workers for ASS posts and category A counsellors for CTR and CTN [004 §II, §III.1]', () => {
    expect(qualificationRule(PostKind.ASS, { category: AgentCategory.B, corps: ASS_CORPS, label: 'X' })).toEqual([]);
    expect(qualificationRule(PostKind.ASS, { category: AgentCategory.B, corps: 'Secrétaires administratifs', label: 'X' })[0]).toMatchObject({ field: 'agentId', code: 'POST_QUALIFICATION' });
    expect(qualificationRule(PostKind.CTR, { category: AgentCategory.B, corps: ASS_CORPS, label: 'X' })[0].message).toContain('catégorie A');
    expect(qualificationRule(PostKind.CTN, { category: AgentCategory.A, corps: 'Conseillers techniques de service social', label: 'X' })).toEqual([]);
  });

  it('ties programme 216 to CTR and 307 to ASS [004 §III.1]', () => {
    expect(budgetProgrammeRule(PostKind.ASS, 307)).toEqual([]);
    expect(budgetProgrammeRule(PostKind.CTR, 307)[0].code).toBe('POST_BUDGET_PROGRAMME');
    expect(budgetProgrammeRule(PostKind.CTN, 999)[0].code).toBe('POST_BUDGET_PROGRAMME');
  });

  it('follows the technical hierarchy ASS → CTR or CT_CENTRAL → CTN, and the administrative authorities', () => {
    expect(technicalSuperiorRule(PostKind.ASS, PostKind.CT_CENTRAL)).toEqual([]);
    expect(technicalSuperiorRule(PostKind.ASS, PostKind.CTN)[0].field).toBe('technicalSuperiorId');
    expect(technicalSuperiorRule(PostKind.CTN, PostKind.CTR)[0].code).toBe('POST_HIERARCHY');
    expect(administrativeAuthority(PostKind.ASS, true)).toBe(AdministrativeAuthority.DEPARTMENT_PREFECT);
    expect(administrativeAuthority(PostKind.ASS, false)).toBe(AdministrativeAuthority.DRH);
    expect(administrativeAuthority(PostKind.CTR, true)).toBe(AdministrativeAuthority.REGIONAL_PREFECT_AND_DRH);
  });

  it('gives CTR regions, a second one only temporarily by a dated DRH decision, and ASS departments [004 §II.2–3]', () => {
    const sector = { regionId: 'r', departmentId: null, temporary: false, decisionReference: null, decisionDate: null };
    expect(sectorRule(PostKind.CTR, sector)).toEqual([]);
    expect(sectorRule(PostKind.CTR, { ...sector, temporary: true })[0].code).toBe('SECTOR_DECISION_REQUIRED');
    expect(sectorRule(PostKind.CTR, { ...sector, temporary: true, decisionReference: 'D', decisionDate: '2024-06-15' })).toEqual([]);
    expect(sectorRule(PostKind.ASS, sector)[0]).toMatchObject({ field: 'departmentId', code: 'SECTOR_KIND' });
  });

  it('keeps overlapping holders of a post within its ETP', () => {
    const self = { quota: 0.5, validFrom: '2024-01-01', validTo: null, label: 'B' };
    expect(postCapacityRule(self, [{ quota: 0.5, validFrom: '2020-01-01', validTo: null, label: 'A' }], 1)).toEqual([]);
    expect(postCapacityRule(self, [{ quota: 0.8, validFrom: '2020-01-01', validTo: '2024-03-31', label: 'A' }], 1)[0].message).toContain('du 01/01/2024 au 31/03/2024');
  });

  it('replaces a post by the holder of a post of the same kind, within that holding', () => {
    const replacing = { postId: 'p2', kind: PostKind.ASS, validFrom: '2022-01-01', validTo: null };
    expect(replacementRule({ id: 'p1', kind: PostKind.ASS }, replacing, { validFrom: '2025-01-01', validTo: null })).toEqual([]);
    expect(replacementRule({ id: 'p2', kind: PostKind.ASS }, replacing, { validFrom: '2025-01-01', validTo: null })[0].code).toBe('REPLACEMENT_SAME_POST');
    expect(replacementRule({ id: 'p1', kind: PostKind.CTR }, replacing, { validFrom: '2021-01-01', validTo: null }).map((v) => v.code)).toEqual(['REPLACEMENT_KIND', 'REPLACEMENT_OUTSIDE_ASSIGNMENT']);
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
