import { fr } from '@codegouvfr/react-dsfr';

/**
 * The colours of the indicators' charts, from the DSFR's palette of the scheme in use (its illustration colours,
 * `artwork.major`, and its greys), as hex: the charts draw SVG, which takes no CSS variable in every attribute.
 *
 * The coverage chart has three series side by side; each must stand out from the card [RGAA 3.3, WCAG 1.4.11: 3:1]
 * and from the two others, by hue and by lightness (a reader who tells no green from a blue still sees two bars):
 * - required: a mid grey (the target, drawn behind the rest);
 * - appointed: the blue France;
 * - effective: the emerald green (what is in place).
 * The DSFR's minor blue (#6a6af4) and its dark scheme's blue France (#8585f6) were the two series before: two close
 * purples on a dark card.
 */
export interface ChartColors {
  /** The single series of the alerts' chart. */
  alerts: string;
  required: string;
  appointed: string;
  effective: string;
  /** What the bars are drawn on: the card's background. */
  background: string;
}

export function chartColors(isDark: boolean): ChartColors {
  const { decisions, options } = fr.colors.getHex({ isDark });
  return {
    alerts: decisions.artwork.major.blueFrance.default,
    // The grey of the middle of the scale, lighter than the blue on white, lighter than the green on dark grey.
    required: isDark ? options.grey._200_850.default : options.grey._625_425.default,
    appointed: decisions.artwork.major.blueFrance.default,
    effective: decisions.artwork.major.greenEmeraude.default,
    background: decisions.background.default.grey.default,
  };
}
