import { Box, Button, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import type { Me } from '../authProvider';

/**
 * An error page in the words of the DSFR's: what happened, why it may have happened, what to do, and the way home.
 * `messages`: the translation keys' prefix (`title`, `code`, `lead`, `body`, `home` below it).
 */
const ErrorPage = ({ messages, testId, lead }: { messages: string; testId: string; lead?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 4, maxWidth: '48rem' }} data-testid={testId}>
      <Title title={translate(`${messages}.title`)} />
      <Typography component="p" variant="body2" sx={{ mb: 2 }}>
        {translate(`${messages}.code`)}
      </Typography>
      <Typography component="p" variant="h6" sx={{ mb: 2 }}>
        {lead ?? translate(`${messages}.lead`)}
      </Typography>
      <Typography component="p" sx={{ mb: 3 }}>
        {translate(`${messages}.body`)}
      </Typography>
      <Button component={Link} to="/" variant="contained">
        {translate(`${messages}.home`)}
      </Button>
    </Box>
  );
};

/**
 * The page for an address the back office does not know. react-admin's own shows its untranslated title key and an
 * English-style icon.
 */
export const NotFoundPage = () => <ErrorPage messages="app.notFound" testId="not-found" />;

/**
 * A page of the back office that the caller's role may not open (a resource its role does not read, the spreadsheet
 * of a type it may not change): said as such, with the role by its name, rather than « Page non trouvée ».
 */
export const NoAccessPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Me | null>();
  const role = permissions?.role ? translate(`app.roles.${permissions.role}`, { _: '' }) : '';
  return (
    <ErrorPage
      messages="app.noAccess"
      testId="no-access"
      lead={role ? translate('app.noAccess.leadRole', { role }) : translate('app.noAccess.lead')}
    />
  );
};

/**
 * react-admin's page for every address no route takes: the no-access page if the address is one of the back
 * office's own pages (`pages`: the first segment of every route, whoever may open it), left unregistered for this
 * role; the not-found page otherwise.
 */
export const catchAllOf = (pages: ReadonlySet<string>) => {
  const CatchAll = () => {
    const { pathname } = useLocation();
    return pages.has(pathname.split('/')[1] ?? '') ? <NoAccessPage /> : <NotFoundPage />;
  };
  return CatchAll;
};
