import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { frMessages } from './fr';

/**
 * react-admin's own polyglot provider, French only: `%{name}` interpolation, `a |||| b` plurals with
 * `smart_count` (French rule: 0 and 1 are singular), `_` as the fallback text. A missing key shows as
 * itself (no console noise); the tests look for `resources.`, `app.`, `enums.` on the screens.
 */
export const createI18nProvider = (messages: TranslationMessages = frMessages) =>
  polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], { allowMissing: true });

export const i18nProvider = createI18nProvider();
