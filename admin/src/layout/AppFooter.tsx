import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { useTranslate } from 'react-admin';
import { BRAND_TOP, useHomeLink } from './brand';

/**
 * The DSFR footer. Accessibility: « non conforme » until an RGAA audit is made (a declaration of compliance
 * needs one); the display settings are also reachable from here, as the DSFR recommends.
 */
export const AppFooter = () => {
  const translate = useTranslate();
  return (
    <Footer
      brandTop={BRAND_TOP}
      homeLinkProps={useHomeLink()}
      accessibility="non compliant"
      contentDescription={translate('app.layout.footer')}
      bottomItems={[headerFooterDisplayItem]}
    />
  );
};
