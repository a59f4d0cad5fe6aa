import { i18nProvider } from '../i18n/i18nProvider';

/**
 * The French label of an enum value (`enums.<Enum>.<VALUE>`), for texts built outside React: record
 * representations in titles, breadcrumbs and autocompletes, which must be strings.
 */
export const enumLabel = (enumName: string, value: unknown): string =>
  value === null || value === undefined ? '' : String(i18nProvider.translate(`enums.${enumName}.${String(value)}`, { _: String(value) }));
