import { Admin, Resource } from 'react-admin';
import agents from './agents';
import { dataProvider } from './dataProvider';
import departments from './departments';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import ministries from './ministries';
import overseasCollectivities from './overseas-collectivities';
import regions from './regions';
import serviceHeadcounts from './service-headcounts';
import serviceSites from './service-sites';
import services from './services';

// Hash routing (react-admin's default): the API serves this app as static files under /admin/.
export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    disableTelemetry
  >
    <Resource name="services" {...services} />
    <Resource name="agents" {...agents} />
    <Resource name="service-sites" {...serviceSites} />
    <Resource name="service-headcounts" {...serviceHeadcounts} />
    <Resource name="ministries" {...ministries} />
    <Resource name="regions" {...regions} />
    <Resource name="departments" {...departments} />
    <Resource name="overseas-collectivities" {...overseasCollectivities} />
  </Admin>
);
