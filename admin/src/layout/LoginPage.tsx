import { useEffect, useState, type FormEvent } from 'react';
import { Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { useLogin, useNotify, useTranslate } from 'react-admin';

interface AuthConfig {
  mode: 'local' | 'oidc';
  issuer?: string;
  demoAccounts?: { subject: string; name: string; role: string }[];
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

  useEffect(() => {
    document.title = `${translate('app.login.title')} – ${translate('app.title')}`;
  }, [translate]);

  useEffect(() => {
    fetch('/auth/config').then((r) => r.json()).then((c: AuthConfig) => {
      setConfig(c);
      setUsername(c.demoAccounts?.[0]?.subject ?? '');
    }, () => setConfig({ mode: 'oidc' }));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login(token ? { token } : { username, password }).catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  const demo = config?.demoAccounts ?? [];

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <AppHeader signedIn={false} />
      <Box component="main" id="main-content" sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', py: 4, bgcolor: 'background.default' }}>
      <Card component="form" onSubmit={submit} variant="outlined" sx={{ width: 480, maxWidth: '100%' }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography variant="h4" component="h1">{translate('app.login.title')}</Typography>
          {demo.length > 0 && (
            <>
              <Typography variant="body2" color="text.secondary">{translate('app.login.demoHint')}</Typography>
              <TextField select label={translate('app.login.account')} value={username} onChange={(e) => setUsername(e.target.value)} name="username">
                {demo.map((a) => (
                  // The account's name already says who it is (« Analyste », « Administrateur départemental — Paris »): no role repeated after it.
                  <MenuItem key={a.subject} value={a.subject}>{a.name}</MenuItem>
                ))}
              </TextField>
              <TextField type="password" label={translate('app.login.password')} value={password} onChange={(e) => setPassword(e.target.value)} name="password" autoComplete="current-password" />
            </>
          )}
          {config?.mode === 'oidc' && (
            <Typography variant="body2" color="text.secondary">{translate('app.login.oidcHint', { issuer: config.issuer ?? '' })}</Typography>
          )}
          <TextField
            label={translate('app.login.token')}
            helperText={demo.length > 0 ? translate('app.login.tokenHint') : undefined}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            name="token"
            multiline
            maxRows={4}
          />
          <Button type="submit" variant="contained">{translate('app.login.submit')}</Button>
        </CardContent>
      </Card>
      </Box>
      <AppFooter />
    </Box>
  );
};
