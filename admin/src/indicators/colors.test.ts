import { describe, expect, it } from 'vitest';
import { contrast, distinctSeries } from '../shared/contrast';
import { chartColors } from './colors';

describe('the indicators’ chart colours', () => {
  it.each([
    ['light', false],
    ['dark', true],
  ])('%s scheme: every series stands out from the card (3:1) and from the others', (_, isDark) => {
    const { required, appointed, effective, alerts, background } = chartColors(isDark);
    for (const colour of [required, appointed, effective, alerts]) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
    }
    expect(distinctSeries(required, appointed)).toBe(true);
    expect(distinctSeries(required, effective)).toBe(true);
    expect(distinctSeries(appointed, effective)).toBe(true);
  });
});
