/**
 * The State design system (DSFR) through @codegouvfr/react-dsfr: its stylesheet, with the Marianne fonts that
 * Vite copies into the build (no CDN), the few utility icons we use, and its script (header menu, display
 * settings modal, light/dark scheme kept in localStorage and applied as `data-fr-theme` on <html>).
 */
import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './icons.css';
import './overrides.css';
import { addDisplayTranslations } from '@codegouvfr/react-dsfr/Display';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from 'react-router-dom';
import { restoreModalFocus } from '../shared/focus';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export const startDsfr = () => {
  // French typography: the apostrophe is ’.
  addDisplayTranslations({ lang: 'fr', messages: { 'display settings': 'Paramètres d’affichage' } });
  startReactDsfr({ defaultColorScheme: 'system', Link });
  restoreModalFocus();
};
