import { Route } from 'react-router-dom';
import { AdminContext, AdminUI, CustomRoutes, Resource, type ResourceProps } from 'react-admin';
import { authProvider, canRead, canWrite, type Me } from './authProvider';
import agents from './agents';
import conventionScopes from './convention-scopes';
import conventions from './conventions';
import { correspondentsResources, correspondentsRoutes } from './correspondents';
import { dataProvider } from './dataProvider';
import departments from './departments';
import { gridRoutes } from './grid/registry';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { catchAllOf, NoAccessPage } from './layout/NotFoundPage';
import { HomePage } from './home/HomePage';
import { DsfrThemeProvider } from './theme/ThemeProvider';
import { FrLocalizationProvider } from './shared/fr/LocalizationProvider';
import { withRepresentation } from './shared/representation';
import { shapeOf } from './dataProvider/schema';
import ministries from './ministries';
import { RatioPage } from './network-ratio/RatioPage';
import postAssignments from './post-assignments';
import postQualifications from './post-qualifications';
import postSectors from './post-sectors';
import overseasCollectivities from './overseas-collectivities';
import regions from './regions';
import replacements from './replacements';
import networkReports from './network-reports';
import serviceHeadcounts from './service-headcounts';
import serviceSites from './service-sites';
import personalDataAccesses from './personal-data-accesses';
import accessGrants from './access-grants';
import services from './services';
import supportProfessionals from './support-professionals';
import socialWorkerPosts from './social-worker-posts';
import timeAllocations from './time-allocations';

type Config = Omit<ResourceProps, 'name'>;

const RESOURCES: [string, Config][] = [
  ['services', services],
  ['agents', agents],
  ['service-sites', serviceSites],
  ['service-headcounts', serviceHeadcounts],
  ['ministries', ministries],
  ['regions', regions],
  ['departments', departments],
  ['overseas-collectivities', overseasCollectivities],
  ['social-worker-posts', socialWorkerPosts],
  ['post-assignments', postAssignments],
  ['post-qualifications', postQualifications],
  ['replacements', replacements],
  ['network-reports', networkReports],
  ['conventions', conventions],
  ['post-sectors', postSectors],
  ['convention-scopes', conventionScopes],
  ['time-allocations', timeAllocations],
  ...correspondentsResources,
  ['support-professionals', supportProfessionals],
];

/**
 * Without the right to change a type, its resource has no create or edit page (the API would refuse anyway); their
 * addresses, typed or kept from another session, say so instead of falling through to the list.
 */
const forCaller = (name: string, config: Config, me: Me | null): Config =>
  canWrite(me, shapeOf(name).type)
    ? config
    : {
        ...config,
        create: undefined,
        edit: undefined,
        children: [
          ...(config.create ? [<Route key="create" path="create/*" element={<NoAccessPage />} />] : []),
          ...(config.edit ? [<Route key="edit" path=":id/*" element={<NoAccessPage />} />] : []),
        ],
      };

/** Resources only the national administration opens. */
const NATIONAL_RESOURCES: [string, Config][] = [
  ['personal-data-accesses', personalDataAccesses],
  ['access-grants', accessGrants],
];

/**
 * The first segment of every address of the back office, whoever may open it: one the caller's role leaves
 * unregistered shows « Vous n’avez pas accès à cette page », not « Page non trouvée ».
 */
const PAGES = new Set([...RESOURCES, ...NATIONAL_RESOURCES].map(([name]) => name).concat('indicators', 'network-ratio'));
const CatchAll = catchAllOf(PAGES);

// Hash routing (react-admin's default): the API serves this app as static files under /admin/.
// <Admin> split in its two halves so that the DSFR theme sits under react-admin's providers and over
// every page it draws (layout, login page, notifications).
export const App = () => (
  <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
    <DsfrThemeProvider>
      <FrLocalizationProvider>
        <AdminUI title="app.title" layout={AppLayout} loginPage={LoginPage} dashboard={HomePage} catchAll={CatchAll} disableTelemetry>
          {(me: Me | null) => [
            ...RESOURCES.filter(([name]) => canRead(me, shapeOf(name).type)).map(([name, config]) => (
              <Resource key={name} name={name} {...withRepresentation(forCaller(name, config, me))} />
            )),
            ...(me?.role === 'NATIONAL_ADMIN'
              ? NATIONAL_RESOURCES.map(([name, config]) => <Resource key={name} name={name} {...withRepresentation(config)} />)
              : []),
            <CustomRoutes key="routes">
              {gridRoutes}
              <Route path="/network-ratio" element={<RatioPage />} />
              {correspondentsRoutes}
            </CustomRoutes>,
          ]}
        </AdminUI>
      </FrLocalizationProvider>
    </DsfrThemeProvider>
  </AdminContext>
);
