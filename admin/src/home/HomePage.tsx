import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { Alert, Box, Card, CardActionArea, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, Title, useDataProvider, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { type Me, readsField } from '../authProvider';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AppDataProvider } from '../dataProvider';
import { entryPath } from '../layout/menu';
import { useMenuEntry } from '../layout/useMenuEntry';
import { formatInteger } from '../shared/numbers';
import { ATTENTION, attentionItems, type AttentionItem, NETWORK_ATTENTION, networkAttentionItems, reportYearOf } from './queries';
import { parisToday } from '../shared/french';
import { SHORTCUTS, WATCHES_CORRESPONDENTS, WATCHES_NETWORK } from './shortcuts';

const PLACEHOLDERS = (n: number): AttentionItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: String(i), label: '', count: 0, to: null }));

/**
 * A set of « À traiter » cards: the API's indicators, each with its count and a link to the list of the records it
 * names (none when there is nothing to see).
 */
const AttentionCards = <T, V extends Record<string, unknown>>({
  id,
  query,
  items,
  size,
  variables,
}: {
  id: string;
  query: TypedDocumentNode<T, V>;
  items: (data: T) => AttentionItem[];
  size: number;
  variables: V;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({ queryKey: ['home', id, variables], queryFn: () => dataProvider.query(query, variables) });
  if (error) return <Alert severity="error">{translate('app.home.error', { message: error.message })}</Alert>;
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mb: 2 }} data-testid={`home-${id}`}>
      {(data ? items(data) : PLACEHOLDERS(size)).map((item) => {
        const content = (
          <CardContent>
            <Typography component="p" variant="h3" color={item.count > 0 ? 'error' : 'success'} sx={{ m: 0 }}>
              {formatInteger(item.count)}
            </Typography>
            <Typography component="p">{translate(item.label, { ...item.args, smart_count: item.count })}</Typography>
          </CardContent>
        );
        return (
          <Grid key={item.id} size={{ xs: 12, sm: 6, lg: 4 }} component="li">
            <Card variant="outlined" sx={{ height: '100%' }} data-testid={isPending ? undefined : `attention-${item.id}`}>
              {isPending ? (
                <CardContent>
                  <Skeleton width="30%" height={48} />
                  <Skeleton />
                </CardContent>
              ) : item.to ? (
                <CardActionArea component={Link} to={item.to} sx={{ height: '100%' }}>
                  {content}
                </CardActionArea>
              ) : (
                content
              )}
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
};

/**
 * The home page, by role: who is signed in, what needs attention (for the roles that follow the correspondents)
 * and the role's everyday tasks.
 */
export const HomePage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Me | null>();
  const { visible, label } = useMenuEntry();
  const role = permissions?.role ?? '';
  const mobility = readsField(permissions, 'Agent.mobilityPlanDate');
  const shortcuts = (SHORTCUTS[role] ?? []).filter(visible);
  const reportYear = reportYearOf(parisToday());
  return (
    <Box>
      <Title title="app.home.title" />
      <Typography sx={{ mb: 3 }}>
        {translate('app.home.welcome', { name: identity?.fullName ?? '', role: role ? translate(`app.roles.${role}`) : '' })}
        {permissions?.perimeter?.length
          ? ` ${translate('app.home.perimeter', { perimeter: (permissions.perimeterNames ?? permissions.perimeter).join(', ') })}`
          : ''}
      </Typography>
      {(WATCHES_CORRESPONDENTS.has(role) || WATCHES_NETWORK.has(role)) && (
        <Box component="section" aria-labelledby="home-attention-title" sx={{ mb: 4 }}>
          <Typography id="home-attention-title" component="h2" variant="h5">
            {translate('app.home.attention')}
          </Typography>
          {WATCHES_CORRESPONDENTS.has(role) && (
            <AttentionCards id="attention" query={ATTENTION} items={attentionItems} size={mobility ? 6 : 5} variables={{ mobility }} />
          )}
          {WATCHES_NETWORK.has(role) && (
            <AttentionCards
              id="network-attention"
              query={NETWORK_ATTENTION}
              items={(data) => networkAttentionItems(data, reportYear)}
              size={4}
              variables={{ reportYear }}
            />
          )}
        </Box>
      )}
      <Box component="section" aria-labelledby="home-tasks-title">
        <Typography id="home-tasks-title" component="h2" variant="h5">
          {translate('app.home.tasks')}
        </Typography>
        <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {shortcuts.map((entry) => (
            <Grid key={entryPath(entry)} size={{ xs: 12, sm: 6, lg: 4 }} component="li">
              <Tile title={label(entry)} linkProps={{ to: entryPath(entry) }} small orientation="horizontal" />
            </Grid>
          ))}
        </Grid>
      </Box>
    </Box>
  );
};
