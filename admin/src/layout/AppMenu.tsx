import RatioIcon from '@mui/icons-material/BarChart';
import { ListSubheader } from '@mui/material';
import { Menu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import type { Me } from '../authProvider';
import { GridMenuItems } from '../grid/registry';
import { CorrespondentsMenu } from './CorrespondentsMenu';

const Group = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return open ? <ListSubheader sx={{ lineHeight: '2.5em', background: 'transparent' }}>{translate(label)}</ListSubheader> : null;
};

/** Menu grouped by domain: the network first, the reference data after. */
export const AppMenu = () => {
  const { permissions } = usePermissions<Me | null>();
  return (
  <Menu>
    <Group label="app.menu.network" />
    <Menu.ResourceItem name="services" />
    <Menu.ResourceItem name="agents" />
    <Menu.ResourceItem name="service-sites" />
    <Menu.ResourceItem name="service-headcounts" />
    <GridMenuItems />
    <Group label="app.menu.socialService" />
    <Menu.ResourceItem name="social-worker-posts" />
    <Menu.ResourceItem name="post-assignments" />
    <Menu.ResourceItem name="replacements" />
    <Menu.ResourceItem name="conventions" />
    <Menu.ResourceItem name="post-qualifications" />
    <Menu.Item to="/network-ratio" primaryText="app.network.ratio" leftIcon={<RatioIcon />} />
    <CorrespondentsMenu />
    <Group label="app.menu.referential" />
    <Menu.ResourceItem name="ministries" />
    <Menu.ResourceItem name="regions" />
    <Menu.ResourceItem name="departments" />
    <Menu.ResourceItem name="overseas-collectivities" />
    {permissions?.role === 'NATIONAL_ADMIN' && (
      <>
        <Group label="app.menu.supervision" />
        <Menu.ResourceItem name="personal-data-accesses" />
      </>
    )}
  </Menu>
  );
};
