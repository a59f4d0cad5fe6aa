import type { I18nProvider, TranslationMessages } from 'react-admin';
import { frMessages } from './fr';

/**
 * A small polyglot-compatible provider (`%{name}` interpolation, `a |||| b` plurals with
 * `smart_count`, `_` as the fallback text) so that the admin needs no extra dependency.
 */
const lookup = (messages: TranslationMessages, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);

// French plural rule: 0 and 1 are singular.
const pluralIndex = (count: number) => (Math.abs(count) < 2 ? 0 : 1);

const interpolate = (text: string, options: Record<string, unknown>) => {
  let result = text;
  if (result.includes('||||')) {
    const forms = result.split('||||').map((s) => s.trim());
    const count = Number(options.smart_count ?? 1);
    result = forms[Math.min(pluralIndex(count), forms.length - 1)];
  }
  return result.replace(/%\{(\w+)\}/g, (match, name: string) =>
    options[name] === undefined || options[name] === null ? match : String(options[name]),
  );
};

export const createI18nProvider = (messages: TranslationMessages = frMessages): I18nProvider => ({
  translate: (key, options = {}) => {
    const found = lookup(messages, key);
    if (typeof found === 'string') return interpolate(found, options);
    if (typeof options._ === 'string') return interpolate(options._, options);
    return key;
  },
  changeLocale: () => Promise.resolve(),
  getLocale: () => 'fr',
  getLocales: () => [{ locale: 'fr', name: 'Français' }],
});

export const i18nProvider = createI18nProvider();
