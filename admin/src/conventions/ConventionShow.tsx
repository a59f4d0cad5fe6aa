import {
  BooleanField,
  DataTable,
  FunctionField,
  ReferenceField,
  SelectField,
  TabbedShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { NumberField } from '../shared/fr/NumberField';
import { ReferenceCol, RelatedTab } from '../shared/RelatedTab';
import { FrDateField, frDate } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';
import { conventionBasisChoices, conventionKindChoices, serviceDirectionChoices } from '../shared/networkChoices';
import { AllocationGrid } from './AllocationGrid';
import { ConventionCoverage } from './ConventionCoverage';
import { conventionDatedInputs } from './ConventionForm';
import { VersionsTable } from '../versions/VersionsTable';

const PopulationList = ({ values }: { values: string[] }) => {
  const translate = useTranslate();
  return <>{values.map((p) => translate(`enums.Population.${p}`)).join(', ') || '—'}</>;
};

type Term = { from: string; to: string | null; renewals: number };

/** Today's term: « du 01/03/2026 au 28/02/2027 (5e reconduction) ». */
const CurrentTerm = ({ term }: { term?: Term | null }) => {
  const translate = useTranslate();
  if (!term) return <>{translate('app.conventionTerm.none')}</>;
  const period = term.to
    ? translate('app.conventionTerm.period', { from: frDate(term.from), to: frDate(term.to) })
    : translate('app.conventionTerm.open', { from: frDate(term.from) });
  return <>{term.renewals ? `${period} ${translate('app.conventionTerm.renewals', { smart_count: term.renewals })}` : period}</>;
};

const tabs = [
  <TabbedShowLayout.Tab key="versions" label="app.tabs.versions" path="versions">
    <VersionsTable inputs={conventionDatedInputs} />
  </TabbedShowLayout.Tab>,
  <RelatedTab
    key="zone"
    label="app.networkTabs.zone"
    path="zone"
    reference="convention-scopes"
    target="conventionId"
    sort={{ field: 'validFrom', order: 'ASC' }}
    add="app.network.addScope"
  >
    <ReferenceCol source="serviceId" reference="services" />
    <ReferenceCol source="departmentId" reference="departments" />
    <ReferenceCol source="regionId" reference="regions" />
    <ReferenceCol source="countedWithId" reference="services" />
    {/* The zone is dated: each entry from its first day to its last (empty: as long as the convention). */}
    <DataTable.Col source="validFrom" field={FrDateField} />
    <DataTable.Col source="validTo" field={FrDateField} />
  </RelatedTab>,
  <TabbedShowLayout.Tab key="grid" label="app.networkTabs.grid" path="allocations">
    <AllocationGrid />
  </TabbedShowLayout.Tab>,
  <TabbedShowLayout.Tab key="coverage" label="app.networkTabs.coverage" path="coverage">
    <ConventionCoverage />
  </TabbedShowLayout.Tab>,
];

export const ConventionShow = () => (
  <RecordShow tabs={tabs}>
    <TextField source="reference" />
    <TextField source="title" />
    <SelectField source="kind" choices={conventionKindChoices} />
    <SelectField source="basis" choices={conventionBasisChoices} />
    <ReferenceField source="postId" reference="social-worker-posts" emptyText="—" />
    <ReferenceField source="partnerMinistryId" reference="ministries" emptyText="—" />
    <SelectField source="direction" choices={serviceDirectionChoices} emptyText="—" />
    <FunctionField source="populations" render={(r: { populations?: string[] }) => <PopulationList values={r.populations ?? []} />} />
    <NumberField source="etpProvided" emptyText="—" />
    <NumberField source="functionShareGuideline" />
    <NumberField source="secretarialEtp" emptyText="—" />
    <TextField source="sourceText" emptyText="—" />
    <FrDateField source="signedOn" />
    <BooleanField source="tacitRenewal" />
    <FunctionField source="term" render={(r: { term?: Term | null }) => <CurrentTerm term={r.term} />} />
    <TextField source="renewalTerms" emptyText="—" />
    <FrDateField source="validFrom" />
    <FrDateField source="validTo" />
  </RecordShow>
);
