import { ListSubheader } from '@mui/material';
import { Menu, useSidebarState, useTranslate } from 'react-admin';

const Group = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return open ? <ListSubheader sx={{ lineHeight: '2.5em', background: 'transparent' }}>{translate(label)}</ListSubheader> : null;
};

/** Menu grouped by domain: the network first, the reference data after. */
export const AppMenu = () => (
  <Menu>
    <Group label="app.menu.network" />
    <Menu.ResourceItem name="services" />
    <Menu.ResourceItem name="agents" />
    <Menu.ResourceItem name="service-sites" />
    <Menu.ResourceItem name="service-headcounts" />
    <Group label="app.menu.referential" />
    <Menu.ResourceItem name="ministries" />
    <Menu.ResourceItem name="regions" />
    <Menu.ResourceItem name="departments" />
    <Menu.ResourceItem name="overseas-collectivities" />
  </Menu>
);
