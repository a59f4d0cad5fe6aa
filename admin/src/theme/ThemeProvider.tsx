import { createMuiDsfrThemeProvider } from '@codegouvfr/react-dsfr/mui';
import type { CheckboxOwnerState } from '@mui/material/Checkbox';
import { createTheme, type ThemeOptions } from '@mui/material/styles';
import { frMessages } from '../i18n/fr';

/** Width of the side menu: wide enough for the full labels (« Tableur – Implantation des correspondants »). */
export const SIDEBAR_WIDTH = 300;

const loading = (frMessages.ra as { page: { loading: string } }).page.loading;

/**
 * What every instance of a MUI component needs for assistive technologies, whoever renders it (react-admin's
 * lists and loading indicators included) [RGAA 11.1]:
 * - a progress indicator has a name;
 * - a checkbox's label given as `aria-label` reaches its <input> (react-admin's row checkbox puts it on the
 *   wrapping <span>, where a screen reader never reads it);
 * - an empty list's words are readable text, not react-admin's « disabled » grey (contrast 2.8:1) [RGAA 3.2];
 * - the selection bar of a list keeps its buttons' colours readable.
 */
const accessible: ThemeOptions = {
  components: {
    MuiCircularProgress: { defaultProps: { 'aria-label': loading } },
    MuiLinearProgress: { defaultProps: { 'aria-label': loading } },
    RaEmpty: { styleOverrides: { root: ({ theme }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }) } },
    // The selection bar's blue (react-admin lightens the primary colour) left « Supprimer »'s red at 3.98:1 [RGAA 3.2]:
    // the DSFR's pale blue, which follows the scheme.
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-toolbar': { backgroundColor: 'var(--background-alt-blue-france)' } } },
    },
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          input: (ownerState: CheckboxOwnerState) => ({ 'aria-label': (ownerState as { 'aria-label'?: string })['aria-label'] }),
        },
      },
    },
  },
};

/**
 * react-admin sizes its selects and autocompletes with `theme.spacing(20)` (160 px in MUI's scale). The DSFR's
 * spacing scale stops at 12 and gives back the bare number past it: 20 px, which shrank every select to « G… ».
 * Same width as a text input.
 */
const INPUT_MIN_WIDTH = '15rem';
const reactAdmin = {
  components: {
    RaSelectInput: { styleOverrides: { root: { minWidth: INPUT_MIN_WIDTH } } },
    RaSelectArrayInput: { styleOverrides: { root: { minWidth: INPUT_MIN_WIDTH } } },
    RaNullableBooleanInput: { styleOverrides: { root: { minWidth: INPUT_MIN_WIDTH } } },
    RaTextArrayInput: { styleOverrides: { root: { minWidth: INPUT_MIN_WIDTH } } },
    RaAutocompleteInput: { styleOverrides: { root: { '& .RaAutocompleteInput-textField': { minWidth: INPUT_MIN_WIDTH } } } },
  },
} as ThemeOptions;

/**
 * The DSFR's MUI theme (colours of the light or dark scheme chosen in « Paramètres d’affichage », Marianne,
 * square corners), placed under react-admin's own provider so that every react-admin and MUI component takes
 * it. The focus ring is in overrides.css.
 */
export const { MuiDsfrThemeProvider: DsfrThemeProvider } = createMuiDsfrThemeProvider({
  augmentMuiTheme: ({ nonAugmentedMuiTheme }) => createTheme(nonAugmentedMuiTheme, accessible, reactAdmin),
});
