import InsightsIcon from '@mui/icons-material/Insights';
import { ListSubheader } from '@mui/material';
import { Menu, useSidebarState, useTranslate } from 'react-admin';

const Group = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return open ? <ListSubheader sx={{ lineHeight: '2.5em', background: 'transparent' }}>{translate(label)}</ListSubheader> : null;
};

/** The menu entries of the commissions and correspondents (inserted in AppMenu). */
export const CorrespondentsMenu = () => (
  <>
    <Group label="app.menu.correspondents" />
    <Menu.Item to="/indicators" primaryText="app.menu.indicators" leftIcon={<InsightsIcon />} />
    <Menu.ResourceItem name="implantation-maps" />
    <Menu.ResourceItem name="candidate-calls" />
    <Menu.ResourceItem name="candidacies" />
    <Menu.ResourceItem name="appointments" />
    <Menu.ResourceItem name="mission-letters" />
    <Menu.ResourceItem name="trainings" />
    <Menu.ResourceItem name="information-meetings" />
    <Menu.ResourceItem name="field-reports" />
    <Menu.ResourceItem name="support-professionals" />
    <Menu.ResourceItem name="annual-reports" />
    <Menu.ResourceItem name="regimes" />
    <Group label="app.menu.commissions" />
    <Menu.ResourceItem name="commissions" />
    <Menu.ResourceItem name="commission-sessions" />
    <Menu.ResourceItem name="commission-members" />
    <Menu.ResourceItem name="opinions" />
    <Menu.ResourceItem name="session-attendances" />
  </>
);
