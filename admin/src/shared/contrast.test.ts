import { describe, expect, it } from 'vitest';
import { channels, contrast, distinctSeries, hueOf } from './contrast';

describe('colour maths', () => {
  it('reads #rrggbb and rgb()', () => {
    expect(channels('#6a6af4')).toEqual([106, 106, 244]);
    expect(channels('rgb(106, 106, 244)')).toEqual([106, 106, 244]);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#123456', 'rgb(18, 52, 86)')).toBe(1);
  });

  it('computes hues', () => {
    expect(hueOf('#ff0000').hue).toBe(0);
    expect(hueOf('#00ff00').hue).toBe(120);
    expect(hueOf('#0000ff').hue).toBe(240);
    expect(hueOf('#929292')).toEqual({ hue: 0, saturation: 0 });
  });

  it('tells series apart by lightness and hue, a grey by lightness alone', () => {
    // The dark scheme's two purples of before: 1.34 in lightness, one hue.
    expect(distinctSeries('#6a6af4', '#8585f6')).toBe(false);
    expect(distinctSeries('#8585f6', '#34cb6a')).toBe(true);
    expect(distinctSeries('#929292', '#297254')).toBe(true);
    expect(distinctSeries('#666666', '#297254')).toBe(false);
  });
});
