import { describe, expect, it } from 'vitest';
import { PostKind } from '../network/enums';
import { NetworkReportKind, PresentationBody } from './enums';
import { kindsDuring, presentationBody, reportMissing, reportPeriod, reportRules } from './network-reports.rules';

const codes = (v: { code: string; field: string }[]) => v.map((x) => `${x.field}:${x.code}`);
const ass = {
  kind: NetworkReportKind.ASS_ANNUAL,
  postKinds: [PostKind.ASS],
  year: 2025,
  quarter: null,
  submittedOn: '2026-01-20',
  presentedOn: null,
};

describe('the reports of the social service network [004 §II.1–3]', () => {
  it('each report has its author: the ASS a yearly report, the CTR a quarterly one, the CTN the statistics', () => {
    expect(reportRules(ass)).toEqual([]);
    expect(codes(reportRules({ ...ass, postKinds: [PostKind.CTR] }))).toEqual(['postId:NETWORK_REPORT_AUTHOR']);
    expect(reportRules({ ...ass, postKinds: [PostKind.CTR] })[0].message).toContain('§ II.3');
    expect(reportRules({ ...ass, kind: NetworkReportKind.CTN_ANNUAL, postKinds: [PostKind.CTN] })).toEqual([]);
    const ctr = { ...ass, kind: NetworkReportKind.CTR_QUARTERLY, postKinds: [PostKind.CTR] };
    expect(codes(reportRules(ctr))).toEqual(['quarter:NETWORK_REPORT_QUARTER']);
    expect(reportRules({ ...ctr, quarter: 4 })).toEqual([]);
    expect(codes(reportRules({ ...ctr, quarter: 5 }))).toEqual(['quarter:NETWORK_REPORT_QUARTER']);
    expect(codes(reportRules({ ...ass, quarter: 2 }))).toEqual(['quarter:NETWORK_REPORT_QUARTER']);
  });

  it('its author’s post was of its kind during the period, whatever it is today (issue 17)', () => {
    const versions = [
      { from: null, to: '2025-06-30', kind: PostKind.ASS },
      { from: '2025-07-01', to: '2026-03-31', kind: PostKind.CTR },
      { from: '2026-04-01', to: null, kind: PostKind.CTR },
    ];
    expect(kindsDuring(versions, reportPeriod(2025, null))).toEqual([PostKind.ASS, PostKind.CTR]);
    expect(kindsDuring(versions, reportPeriod(2025, 2))).toEqual([PostKind.ASS]);
    expect(kindsDuring(versions, reportPeriod(2026, null))).toEqual([PostKind.CTR]);
    expect(reportRules({ ...ass, postKinds: [PostKind.ASS, PostKind.CTR] })).toEqual([]);
    const refused = reportRules({ ...ass, kind: NetworkReportKind.CTR_QUARTERLY, quarter: 2, postKinds: [PostKind.ASS] });
    expect(codes(refused)).toEqual(['postId:NETWORK_REPORT_AUTHOR']);
    expect(refused[0].message).toBe(
      'Ce rapport est établi par un poste CTR ; pendant la période, ce poste était ASS [circulaire NOR INTK1307790C, § II.2].',
    );
  });

  it('a quarter is three calendar months; a year, the calendar year', () => {
    expect(reportPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(reportPeriod(2024, 1).to).toBe('2024-03-31');
    expect(reportPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(reportPeriod(2026, null)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('handed in once its period has begun, presented (ASS only) after it was handed in', () => {
    const ctr = { ...ass, kind: NetworkReportKind.CTR_QUARTERLY, postKinds: [PostKind.CTR], year: 2026, quarter: 2 };
    expect(codes(reportRules({ ...ctr, submittedOn: '2026-03-31' }))).toEqual(['submittedOn:DATE_ORDER']);
    expect(reportRules({ ...ctr, submittedOn: '2026-04-01' })).toEqual([]);
    expect(reportRules({ ...ass, presentedOn: '2026-01-20' })).toEqual([]);
    expect(codes(reportRules({ ...ass, presentedOn: '2026-01-19' }))).toEqual(['presentedOn:DATE_ORDER']);
    expect(codes(reportRules({ ...ctr, submittedOn: '2026-07-01', presentedOn: '2026-07-02' }))).toEqual([
      'presentedOn:NETWORK_REPORT_PRESENTATION',
    ]);
    expect(codes(reportRules({ ...ass, year: 2012 }))).toEqual(['year:NETWORK_REPORT_YEAR']);
  });

  it('presented to the CHSCT until 31/12/2022, to the F3SCT from 01/01/2023', () => {
    expect(presentationBody('2022-12-31')).toBe(PresentationBody.CHSCT);
    expect(presentationBody('2023-01-01')).toBe(PresentationBody.F3SCT);
    expect(presentationBody(null)).toBeNull();
  });

  it('a report is missing until the day it is handed in', () => {
    expect(reportMissing([], '2026-02-01')).toBe(true);
    expect(reportMissing(['2026-02-02'], '2026-02-01')).toBe(true);
    expect(reportMissing(['2026-02-02'], '2026-02-02')).toBe(false);
  });
});
