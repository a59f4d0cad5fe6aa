import { SideMenu, type SideMenuProps } from '@codegouvfr/react-dsfr/SideMenu';
import { useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { activeEntryPath, entryPath, MENU } from './menu';
import { useMenuEntry } from './useMenuEntry';

/**
 * The DSFR side menu: one collapsible section per task (`MENU`), full labels that wrap rather than truncate,
 * the current page marked `aria-current="page"`.
 */
export const AppMenu = () => {
  const translate = useTranslate();
  const { visible, label } = useMenuEntry();
  const { pathname } = useLocation();

  const groups = MENU.map((group) => ({ ...group, entries: group.entries.filter(visible) })).filter((group) => group.entries.length > 0);
  const active = activeEntryPath(
    pathname,
    groups.flatMap((group) => group.entries.map(entryPath)),
  );
  const items: SideMenuProps.Item[] = groups.map((group) => ({
    text: translate(group.label),
    // The DSFR opens one section at a time: the current page's.
    expandedByDefault: group.entries.some((entry) => entryPath(entry) === active),
    isActive: group.entries.some((entry) => entryPath(entry) === active),
    items: group.entries.map((entry) => ({
      text: label(entry),
      linkProps: { to: entryPath(entry) },
      isActive: entryPath(entry) === active,
    })),
  }));

  return <SideMenu id="app-menu" align="left" burgerMenuButtonText={translate('app.layout.menu')} items={items} sticky fullHeight />;
};
