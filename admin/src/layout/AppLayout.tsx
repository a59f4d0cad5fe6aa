import type { ReactNode } from 'react';
import { Layout, useAuthenticated } from 'react-admin';
import { AppMenu } from './AppMenu';

/**
 * Every page but the login one: signed-in users only. Checked here rather than with `<Admin requireAuth>`, whose
 * logout-on-mount races with the store reset and pushes `#/login` thousands of times before the login page shows.
 */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  useAuthenticated();
  return <Layout menu={AppMenu}>{children}</Layout>;
};
