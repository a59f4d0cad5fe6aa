import { useTranslate } from 'react-admin';

/** The bloc-marque of the State's sites: Marianne over « République française », on two lines. */
export const BRAND_TOP = (
  <>
    République
    <br />
    française
  </>
);

/** The header's and footer's link to the home page (the DSFR asks for a title naming the site). */
export const useHomeLink = () => {
  const translate = useTranslate();
  return { to: '/', title: translate('app.layout.home', { title: translate('app.title') }) };
};
