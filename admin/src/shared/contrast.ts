/**
 * Colour maths for the charts' palettes (WCAG 2.1's contrast, a hue): one place for the back office and its browser
 * tests, which read the colours the page draws.
 */

/** The red, green and blue of `#rrggbb` or of a computed `rgb(r, g, b)`, 0–255. */
export function channels(colour: string): [number, number, number] {
  if (colour.startsWith('#')) return [0, 1, 2].map((i) => parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16)) as [number, number, number];
  const [r, g, b] = colour
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  return [r, g, b];
}

/** WCAG's relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours, 1 to 21 (3 for a graphic against its background [WCAG 1.4.11]). */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** The hue in degrees (0–360) and the saturation (0–1, HSL's) of a colour. */
export function hueOf(colour: string): { hue: number; saturation: number } {
  const [r, g, b] = channels(colour).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const lightness = (max + min) / 2;
  if (d === 0) return { hue: 0, saturation: 0 };
  const saturation = d / (1 - Math.abs(2 * lightness - 1));
  const hue = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: hue * 60, saturation };
}

/**
 * Whether two series can be told apart: by lightness (a contrast of 1.3 at least, what a reader without colour
 * vision still sees), and by hue (60° apart), unless one of them is a grey.
 */
export function distinctSeries(a: string, b: string): boolean {
  if (contrast(a, b) < 1.3) return false;
  const [x, y] = [hueOf(a), hueOf(b)];
  if (x.saturation < 0.1 || y.saturation < 0.1) return true;
  const apart = Math.abs(x.hue - y.hue) % 360;
  return Math.min(apart, 360 - apart) >= 60;
}
