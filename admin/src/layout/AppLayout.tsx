import { Box } from '@mui/material';
import { type ErrorInfo, type ReactNode, Suspense, useState } from 'react';
import { Error as ErrorPage, Loading, useAuthState } from 'react-admin';
import { ErrorBoundary } from 'react-error-boundary';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { AppMenu } from './AppMenu';
import { PageHeading } from './PageHeading';
import { SkipLinks } from './SkipLinks';
import { SIDEBAR_WIDTH } from '../theme/ThemeProvider';

/**
 * Every page but the login one: the DSFR header, the grouped menu, the page's heading and the footer, for
 * signed-in users only. The session is checked here rather than with `<Admin requireAuth>`, whose
 * logout-on-mount races with the store reset and pushes `#/login` thousands of times before the login page shows.
 * React-admin's own <Layout> assumes a fixed app bar 48 px high; the DSFR header scrolls with the page.
 */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  // Nothing that queries the API renders before the session is known: a header or a home page asking for data while
  // signed out would answer 401, log out again and push one more `#/login` per request.
  const { isPending, authenticated } = useAuthState(undefined, true);
  const [errorInfo, setErrorInfo] = useState<ErrorInfo>();
  if (isPending || !authenticated) return <Loading />;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLinks />
      <AppHeader />
      {/* Side by side from md on; below, the DSFR side menu folds into a « Menu » button above the page. */}
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, flexGrow: 1 }}>
        <Box sx={{ width: { md: SIDEBAR_WIDTH }, flexShrink: 0 }}>
          <AppMenu />
        </Box>
        <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, px: 2, pb: 4, outline: 'none' }}>
          <PageHeading />
          <ErrorBoundary
            onError={(_, info) => setErrorInfo(info)}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <ErrorPage error={error} errorInfo={errorInfo} resetErrorBoundary={resetErrorBoundary} />
            )}
          >
            <Suspense fallback={<Loading />}>{children}</Suspense>
          </ErrorBoundary>
        </Box>
      </Box>
      <AppFooter />
    </Box>
  );
};
