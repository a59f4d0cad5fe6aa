import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getMe, getToken, signInFrom } from '../auth/session';
import { Explorer } from './Explorer';
import './explorer.css';

const container = document.getElementById('explorer');
if (!container) throw new Error('Élément #explorer introuvable');

// Signed in like the back office (same session); otherwise through its login page, and back here.
const me = getMe();
if (!getToken() || !me) signInFrom(window.location.pathname);
else {
  createRoot(container).render(
    <StrictMode>
      <Explorer me={me} />
    </StrictMode>,
  );
}
