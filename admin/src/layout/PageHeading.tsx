import { Box, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { LoadingIndicator, useTranslate } from 'react-admin';

/**
 * The page's visible heading, an <h1>, which react-admin's <Title> of every page fills (`#react-admin-title`),
 * and the document's title that follows it, so that a tab, the history and a screen reader name the page
 * [RGAA 8.5, 8.6].
 */
export const PageHeading = () => {
  const translate = useTranslate();
  const heading = useRef<HTMLHeadingElement>(null);
  const site = translate('app.title');
  useEffect(() => {
    const element = heading.current;
    if (!element) return;
    const sync = () => {
      const text = element.textContent?.trim();
      document.title = text ? `${text} – ${site}` : site;
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [site]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, pt: 2, pb: 1 }}>
      <Typography ref={heading} id="react-admin-title" component="h1" variant="h4" sx={{ flexGrow: 1, m: 0 }} />
      <LoadingIndicator />
    </Box>
  );
};
