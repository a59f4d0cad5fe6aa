import { useGetResourceLabel, useResourceDefinitions, useTranslate } from 'react-admin';
import { useEditable } from '../grid/registry';
import type { MenuEntry } from './menu';

/** Whether the caller can open an entry (its resource is registered for the role; a spreadsheet needs the right to change the type), and its full label. */
export const useMenuEntry = () => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  const resourceLabel = useGetResourceLabel();
  const editable = useEditable();
  return {
    visible: (entry: MenuEntry) =>
      'resource' in entry
        ? Boolean(resources[entry.resource]?.hasList)
        : 'grid' in entry
          ? Boolean(resources[entry.grid]) && editable(entry.grid)
          : !entry.needs || Boolean(resources[entry.needs]),
    label: (entry: MenuEntry) =>
      'resource' in entry
        ? resourceLabel(entry.resource, 2)
        : 'grid' in entry
          ? translate('app.grid.menu', { resource: resourceLabel(entry.grid, 2) })
          : translate(entry.label),
  };
};
