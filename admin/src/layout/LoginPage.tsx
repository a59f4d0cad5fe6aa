import { useEffect, useState, type FormEvent } from 'react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { type AuthConfig, authConfig } from '../auth/config';
import { signInWithProvider } from '../auth/oidc';
import { clearLoginMessage, peekLoginMessage, peekReturnTo } from '../auth/session';

/** Where to come back after the provider's sign-in: the explorer, or the back-office page react-admin was asked for. */
function useReturnTo(): string {
  const state = useLocation().state as { nextPathname?: string; nextSearch?: string } | null;
  const [returnTo] = useState(() => peekReturnTo() ?? `/admin/#${state?.nextPathname ?? '/'}${state?.nextSearch ?? ''}`);
  return returnTo;
}

/** Demo accounts with the local key; with an OIDC issuer, the access token it issued. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [config, setConfig] = useState<AuthConfig>();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const returnTo = useReturnTo();
  // Why the user is back here (session expired, access refused), said once: read at mount, then forgotten.
  const [message] = useState(peekLoginMessage);
  useEffect(clearLoginMessage, []);

  useEffect(() => {
    document.title = `${translate('app.login.title')} – ${translate('app.title')}`;
  }, [translate]);

  useEffect(() => {
    authConfig().then((c) => {
      setConfig(c);
      setUsername(c.demoAccounts?.[0]?.subject ?? '');
    });
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login(token ? { token } : { username, password }).catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  const demo = config?.demoAccounts ?? [];

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppHeader signedIn={false} />
      <Box
        component="main"
        id="main-content"
        sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', py: 4, bgcolor: 'background.default' }}
      >
        <Card component="form" onSubmit={submit} variant="outlined" sx={{ width: 480, maxWidth: '100%' }}>
          <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <Typography variant="h4" component="h1">
              {translate('app.login.title')}
            </Typography>
            {message && <Alert severity={message.severity} small description={message.text} />}
            {demo.length > 0 && (
              <>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.login.demoHint')}
                </Typography>
                <TextField
                  select
                  label={translate('app.login.account')}
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  name="username"
                >
                  {demo.map((a) => (
                    // The account's name already says who it is (« Analyste », « Administrateur départemental — Paris »): no role repeated after it.
                    <MenuItem key={a.subject} value={a.subject}>
                      {a.name}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  type="password"
                  label={translate('app.login.password')}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  name="password"
                  autoComplete="current-password"
                />
              </>
            )}
            {config?.mode === 'oidc' && (
              <>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.login.oidcHint', { issuer: config.issuer ?? '' })}
                </Typography>
                <Button variant="contained" onClick={() => void signInWithProvider(returnTo)}>
                  {translate('app.login.withProvider')}
                </Button>
              </>
            )}
            {config?.mode === 'local' && (
              <>
                <TextField
                  label={translate('app.login.token')}
                  helperText={demo.length > 0 ? translate('app.login.tokenHint') : undefined}
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  name="token"
                  multiline
                  maxRows={4}
                />
                <Button type="submit" variant="contained">
                  {translate('app.login.submit')}
                </Button>
              </>
            )}
          </CardContent>
        </Card>
      </Box>
      <AppFooter />
    </Box>
  );
};
