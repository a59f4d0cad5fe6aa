import { describe, expect, it } from 'vitest';
import { withoutIdleAffectationDate } from './affectation';

describe('withoutIdleAffectationDate', () => {
  const previousData = { id: 'a1', serviceId: '1' };

  it('keeps the date when the service changes', () => {
    expect(withoutIdleAffectationDate({ id: 'a1', serviceId: '2', affectationDate: '2025-03-01' }, { previousData })).toEqual({
      id: 'a1',
      serviceId: '2',
      affectationDate: '2025-03-01',
    });
  });

  it('drops it when the service stays, or when it is empty (the API then takes today)', () => {
    expect(withoutIdleAffectationDate({ id: 'a1', serviceId: '1', affectationDate: '2025-03-01' }, { previousData })).toEqual({
      id: 'a1',
      serviceId: '1',
    });
    expect(withoutIdleAffectationDate({ id: 'a1', serviceId: '2', affectationDate: null }, { previousData })).toEqual({
      id: 'a1',
      serviceId: '2',
    });
    expect(withoutIdleAffectationDate({ id: 'a1', serviceId: '2', affectationDate: '' }, { previousData })).toEqual({
      id: 'a1',
      serviceId: '2',
    });
  });
});
