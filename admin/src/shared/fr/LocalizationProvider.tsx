import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { frFR } from '@mui/x-date-pickers/locales';
import { fr } from 'date-fns/locale/fr';
import type { ReactNode } from 'react';

const localeText = frFR.components.MuiLocalizationProvider.defaultProps.localeText;

/** The date pickers in French (`jj/mm/aaaa`, weeks from Monday, French labels), whatever the browser's language. */
export const FrLocalizationProvider = ({ children }: { children: ReactNode }) => (
  <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={fr} localeText={localeText}>
    {children}
  </LocalizationProvider>
);
