import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { completeSignIn } from './auth/oidc';
import { startDsfr } from './theme/dsfr';

startDsfr();

const container = document.getElementById('root');
if (!container) throw new Error('Élément #root introuvable');

// Back from the identity provider: finish the sign-in and go to the page asked for; otherwise, the back office.
completeSignIn().then((redirecting) => {
  if (redirecting) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
