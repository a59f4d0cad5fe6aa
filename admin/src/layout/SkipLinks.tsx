import { fr } from '@codegouvfr/react-dsfr';
import type { MouseEvent } from 'react';
import { useTranslate } from 'react-admin';

const LINKS = [
  ['main-content', 'app.layout.skipToContent'],
  ['app-menu', 'app.layout.skipToMenu'],
] as const;

/**
 * The DSFR's skip links [RGAA 12.7]. Their target is focused by script: with hash routing, following
 * `href="#main-content"` would change the route.
 */
export const SkipLinks = () => {
  const translate = useTranslate();
  const skip = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(id);
    // The menu is a <nav>: its first link takes the focus.
    const focusable = target?.hasAttribute('tabindex') ? target : target?.querySelector<HTMLElement>('a[href], button');
    focusable?.focus();
    target?.scrollIntoView();
  };
  return (
    <div className={fr.cx('fr-skiplinks')}>
      <nav className={fr.cx('fr-container')} role="navigation" aria-label={translate('app.layout.skipLinks')}>
        <ul className={fr.cx('fr-skiplinks__list')}>
          {LINKS.map(([id, label]) => (
            <li key={id}>
              <a className={fr.cx('fr-link')} href={`#${id}`} onClick={skip(id)}>
                {translate(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
};
