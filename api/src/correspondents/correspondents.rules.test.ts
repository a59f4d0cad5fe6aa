import { describe, expect, it } from 'vitest';
import { OpinionValue } from '../commissions/enums';
import { DesignatingAuthority } from '../referential/enums';
import {
  competentCommissionRule,
  departureRule,
  entryPerimeterRule,
  fieldReportDateRule,
  mapPerimeterRule,
  missionLetterRules,
  personalDataRule,
  requiredCountRule,
  TIME_CREDIT_MAX,
} from './correspondents.rules';
import { TimeCreditUnit } from './enums';

const letter = {
  timeCreditAmount: 4,
  timeCreditUnit: TimeCreditUnit.HOURS_PER_MONTH,
  historical: false,
  historicalTimeCredit: null,
  annualInterviewMention: true,
  preciseTimeCredit: true,
};
const codes = (v: { code: string }[]) => v.map((x) => x.code);

describe('correspondents rules', () => {
  it('maps: perimeter of the authority, at least one correspondent per service [001 art. 3, §2.1]', () => {
    expect(codes(mapPerimeterRule(DesignatingAuthority.PREFECT, null))).toEqual(['IMPLANTATION_MAP_PERIMETER']);
    expect(codes(mapPerimeterRule(DesignatingAuthority.POLICE, 'd1'))).toEqual(['IMPLANTATION_MAP_PERIMETER']);
    expect(mapPerimeterRule(DesignatingAuthority.SECRETARY_GENERAL, null)).toEqual([]);
    expect(codes(requiredCountRule(0))).toEqual(['IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT']);
    expect(codes(requiredCountRule(1.5))).toEqual(['IMPLANTATION_MAP_ENTRY_REQUIRED_COUNT']);
    expect(requiredCountRule(1)).toEqual([]);
    const central = { authority: DesignatingAuthority.POLICE, departmentId: null };
    expect(entryPerimeterRule(central, { name: 'DRHFSPN', authority: DesignatingAuthority.POLICE, departmentId: null })).toEqual([]);
    expect(codes(entryPerimeterRule(central, { name: 'DGGN', authority: DesignatingAuthority.GENDARMERIE, departmentId: null }))).toEqual([
      'IMPLANTATION_MAP_SERVICE_OUTSIDE_PERIMETER',
    ]);
  });

  it('the competent commission is the CLAS of the perimeter', () => {
    const clas = { kind: 'CLAS', name: 'CLAS 35', departmentId: 'd35', authority: null };
    expect(competentCommissionRule(clas, { authority: 'PREFECT', departmentId: 'd35' })).toEqual([]);
    expect(codes(competentCommissionRule(clas, { authority: 'PREFECT', departmentId: 'd29' }))).toEqual(['COMMISSION_NOT_COMPETENT']);
    expect(codes(competentCommissionRule({ ...clas, kind: 'CNAS' }, { authority: 'PREFECT', departmentId: 'd35' }))).toEqual([
      'COMMISSION_NOT_COMPETENT',
    ]);
    expect(
      competentCommissionRule(
        { kind: 'CLAS', name: 'CLAS AC', departmentId: null, authority: 'POLICE' },
        { authority: 'POLICE', departmentId: null },
      ),
    ).toEqual([]);
  });

  it('a decision departing from the opinion records its reason', () => {
    expect(codes(departureRule(OpinionValue.UNFAVORABLE, 'FOR', null, 'decisionReason'))).toEqual(['DECISION_REASON_REQUIRED']);
    expect(codes(departureRule(OpinionValue.FAVORABLE, 'AGAINST', ' ', 'reason'))).toEqual(['DECISION_REASON_REQUIRED']);
    expect(departureRule(OpinionValue.UNFAVORABLE, 'FOR', 'Seul candidat.', 'decisionReason')).toEqual([]);
    expect(departureRule(OpinionValue.RESERVED, 'FOR', null, 'decisionReason')).toEqual([]);
    expect(departureRule(OpinionValue.FAVORABLE, 'FOR', null, 'decisionReason')).toEqual([]);
  });

  it('mission letters: a precise time credit within bounds, vague wording only on flagged 2007 records [000]', () => {
    expect(missionLetterRules(letter)).toEqual([]);
    for (const unit of Object.values(TimeCreditUnit)) {
      expect(missionLetterRules({ ...letter, timeCreditUnit: unit, timeCreditAmount: TIME_CREDIT_MAX[unit] })).toEqual([]);
      expect(codes(missionLetterRules({ ...letter, timeCreditUnit: unit, timeCreditAmount: TIME_CREDIT_MAX[unit] * 1.01 }))).toEqual([
        'MISSION_LETTER_TIME_CREDIT_RANGE',
      ]);
      expect(codes(missionLetterRules({ ...letter, timeCreditUnit: unit, timeCreditAmount: -1 }))).toEqual([
        'MISSION_LETTER_TIME_CREDIT_RANGE',
      ]);
    }
    expect(codes(missionLetterRules({ ...letter, timeCreditAmount: null }))).toEqual(['MISSION_LETTER_TIME_CREDIT_REQUIRED']);
    expect(codes(missionLetterRules({ ...letter, historicalTimeCredit: 'temps suffisant' }))).toEqual(['MISSION_LETTER_VAGUE_TIME_CREDIT']);
    const vague2007 = {
      ...letter,
      timeCreditAmount: null,
      timeCreditUnit: null,
      historical: true,
      historicalTimeCredit: 'temps suffisant',
      preciseTimeCredit: false,
    };
    expect(missionLetterRules(vague2007)).toEqual([]);
    expect(codes(missionLetterRules({ ...vague2007, preciseTimeCredit: true }))).toEqual(['MISSION_LETTER_HISTORICAL_NOT_ALLOWED']);
    expect(codes(missionLetterRules({ ...letter, annualInterviewMention: false }))).toEqual(['MISSION_LETTER_INTERVIEW_MENTION']);
  });

  it('field reports hold no personal data', () => {
    expect(personalDataRule('text', 'Les agents demandent des places en crèche près du site.')).toEqual([]);
    const found = personalDataRule('text', 'Appeler Mme X au 06 12 34 56 78 ou x.y@gmail.com (matricule M0001234).');
    expect(codes(found)).toEqual(['FIELD_REPORT_PERSONAL_DATA']);
    expect(found[0].message).toContain('une adresse électronique, un numéro de téléphone, un matricule');
    expect(personalDataRule('text', 'M. Dupont, né le 12/03/1970, est en difficulté.')[0].message).toContain(
      'une date de naissance, le nom d’une personne',
    );
    expect(personalDataRule('text', 'Madame la préfète a relayé la demande ; Monsieur le secrétaire général aussi.')).toEqual([]);
  });

  it('field reports are dated within the appointment', () => {
    expect(fieldReportDateRule('2026-03-10', { startDate: '2026-03-10', endDate: null })).toEqual([]);
    expect(fieldReportDateRule('2026-03-09', { startDate: '2026-03-10', endDate: null })[0]).toMatchObject({
      field: 'date',
      code: 'FIELD_REPORT_OUTSIDE_APPOINTMENT',
    });
    expect(fieldReportDateRule('2027-01-01', { startDate: '2026-03-10', endDate: '2026-12-31' })[0].message).toContain(
      'du 10/03/2026 au 31/12/2026',
    );
  });
});
