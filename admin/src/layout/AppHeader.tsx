import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { useGetIdentity, useLogout, useTranslate } from 'react-admin';
import { BRAND_TOP, useHomeLink } from './brand';

/**
 * The DSFR header: the « République française » block, the service's name, the display settings and, once signed
 * in, who is signed in and the sign-out button.
 */
export const AppHeader = ({ signedIn = true }: { signedIn?: boolean }) => {
  const translate = useTranslate();
  const logout = useLogout();
  const { identity } = useGetIdentity({ enabled: signedIn });
  const who = (signedIn && identity?.fullName) || '';
  return (
    <Header
      brandTop={BRAND_TOP}
      serviceTitle={translate('app.title')}
      serviceTagline={translate('app.layout.tagline')}
      homeLinkProps={useHomeLink()}
      quickAccessItems={[
        ...(who
          ? [
              <span key="who" className="fr-btn fr-icon-account-circle-line" data-testid="signed-in-as">
                {who}
              </span>,
            ]
          : []),
        headerFooterDisplayItem,
        ...(signedIn
          ? [{ iconId: 'fr-icon-logout-box-r-line', buttonProps: { onClick: () => logout() }, text: translate('ra.auth.logout') } as const]
          : []),
      ]}
    />
  );
};
