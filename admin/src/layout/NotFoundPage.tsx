import { Box, Button, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/**
 * The page for an address the back office does not know, in the words of the DSFR's error pages: what happened, why
 * it may have happened, what to do. react-admin's own shows its untranslated title key and an English-style icon.
 */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 4, maxWidth: '48rem' }}>
      <Title title={translate('app.notFound.title')} />
      <Typography component="p" variant="body2" sx={{ mb: 2 }}>
        {translate('app.notFound.code')}
      </Typography>
      <Typography component="p" variant="h6" sx={{ mb: 2 }}>
        {translate('app.notFound.lead')}
      </Typography>
      <Typography component="p" sx={{ mb: 3 }}>
        {translate('app.notFound.body')}
      </Typography>
      <Button component={Link} to="/" variant="contained">
        {translate('app.notFound.home')}
      </Button>
    </Box>
  );
};
