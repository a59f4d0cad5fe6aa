import { describe, expect, it } from 'vitest';
import { type RegionSector, secondRegionRule } from './conventions.rules';

// A CTR of PACA (93) taking Corsica (94) in charge by DRH decision from 2024-07-01 to 2026-12-31 [004 §II.2].
const sectors: RegionSector[] = [
  { regionId: 'r93', temporary: false, decisionReference: null, validFrom: '2020-01-01', validTo: null },
  { regionId: 'r94', temporary: true, decisionReference: 'DRH-2024-117', validFrom: '2024-07-01', validTo: '2026-12-31' },
];
const corsica = { id: 'r94', code: '94' };
const codes = (from: string, to: string | null, region = corsica) =>
  secondRegionRule({ validFrom: from, validTo: to }, region, sectors).map((v) => `${v.field}:${v.code}`);

describe('a CTR’s second region is bound to the DRH decision’s period [004 §II.2]', () => {
  it('accepts time to the second region up to the last day of the decision, refuses it the day after', () => {
    expect(codes('2024-07-01', '2026-12-31')).toEqual([]);
    expect(codes('2024-07-01', '2027-01-01')).toEqual(['validTo:CTR_SECOND_REGION_OUTSIDE_DECISION']);
    expect(codes('2027-01-01', null)).toEqual(['validFrom:CTR_SECOND_REGION_OUTSIDE_DECISION']);
    expect(codes('2024-07-01', null)).toEqual(['validTo:CTR_SECOND_REGION_OUTSIDE_DECISION']);
  });

  it('refuses time before the decision began, and names the decision and the stretch outside it', () => {
    expect(codes('2024-06-30', '2025-06-30')).toEqual(['validFrom:CTR_SECOND_REGION_OUTSIDE_DECISION']);
    const [v] = secondRegionRule({ validFrom: '2026-01-01', validTo: '2027-06-30' }, corsica, sectors);
    expect(v.message).toBe(
      'Part de temps donnée à la région 94 du 01/01/2027 au 30/06/2027 : la prise en charge temporaire de la région 94 ne vaut que sur la période de la décision du DRH (décision DRH-2024-117 du 01/07/2024 au 31/12/2026) (circulaire NOR INTK1307790C, § II.2).',
    );
  });

  it('the home region is open-ended; a region that is no sector at all is refused', () => {
    expect(codes('2030-01-01', null, { id: 'r93', code: '93' })).toEqual([]);
    expect(codes('2025-01-01', null, { id: 'r11', code: '11' })).toEqual(['regionId:CTR_REGION_NOT_SECTOR']);
  });

  it('successive decisions cover the time together', () => {
    const renewed = [
      ...sectors,
      { regionId: 'r94', temporary: true, decisionReference: 'DRH-2027-004', validFrom: '2027-01-01', validTo: '2027-12-31' },
    ];
    expect(secondRegionRule({ validFrom: '2026-06-01', validTo: '2027-06-30' }, corsica, renewed)).toEqual([]);
  });
});
