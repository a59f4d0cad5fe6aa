/**
 * The resources that have a spreadsheet view and an import screen. Adding one: declare its columns in
 * `<resource>/grid.ts` (a `GridConfig`) and list it here; routes, menu entries and list buttons follow.
 */
import GridIcon from '@mui/icons-material/GridOn';
import UploadIcon from '@mui/icons-material/UploadFile';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useListContext,
  usePermissions,
  useResourceContext,
  useResourceDefinition,
} from 'react-admin';
import { Route, useNavigate } from 'react-router-dom';
import { agentGrid } from '../agents/grid';
import { canWrite, type Me } from '../authProvider';
import { shapeOf } from '../dataProvider/schema';
import { candidacyGrid } from '../candidacies/grid';
import { implantationMapEntryGrid } from '../implantation-map-entries/grid';
import { postAssignmentGrid } from '../post-assignments/grid';
import { serviceGrid } from '../services/grid';
import { socialWorkerPostGrid } from '../social-worker-posts/grid';
import { timeAllocationGrid } from '../time-allocations/grid';
import { ExportMenu } from '../shared/ExportMenu';
import { ImportPage } from './ImportPage';
import type { GridConfig } from './model';
import { ResourceGrid } from './ResourceGrid';
import { RequireAccess } from '../layout/RequireAccess';

export const grids: GridConfig[] = [
  agentGrid,
  serviceGrid,
  socialWorkerPostGrid,
  postAssignmentGrid,
  timeAllocationGrid,
  implantationMapEntryGrid,
  candidacyGrid,
];

/** `<CustomRoutes>` children: `/<resource>/tableur` and `/<resource>/import`, for the types the caller may change. */
export const gridRoutes = grids.flatMap((config) => [
  <Route
    key={`${config.resource}-grid`}
    path={`/${config.resource}/tableur`}
    element={
      <RequireAccess resource={config.resource} write>
        <ResourceGrid key={config.resource} config={config} />
      </RequireAccess>
    }
  />,
  <Route
    key={`${config.resource}-import`}
    path={`/${config.resource}/import`}
    element={
      <RequireAccess resource={config.resource} write>
        <ImportPage key={config.resource} config={config} />
      </RequireAccess>
    }
  />,
]);

/** The spreadsheet is for editing: shown only for the types the caller may change. */
export const useEditable = () => {
  const { permissions } = usePermissions<Me | null>();
  return (resource: string) => canWrite(permissions, shapeOf(resource).type);
};

/** List actions with the spreadsheet view (opened on the list's current filter) and the import. */
export const GridListActions = () => {
  const resource = useResourceContext();
  const { filterValues } = useListContext();
  const navigate = useNavigate();
  const editable = useEditable()(resource ?? '');
  const { hasCreate } = useResourceDefinition();
  const filter = encodeURIComponent(JSON.stringify(filterValues ?? {}));
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportMenu />
      {editable && (
        <>
          <Button label="app.grid.open" onClick={() => navigate(`/${resource}/tableur?filter=${filter}`)}>
            <GridIcon />
          </Button>
          <Button label="app.grid.import" onClick={() => navigate(`/${resource}/import`)}>
            <UploadIcon />
          </Button>
        </>
      )}
    </TopToolbar>
  );
};
