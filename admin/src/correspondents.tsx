import type { ResourceProps } from 'react-admin';
import { Route } from 'react-router-dom';
import annualReports from './annual-reports';
import appointments from './appointments';
import candidacies from './candidacies';
import candidateCalls from './candidate-calls';
import commissionMembers from './commission-members';
import commissionSessions from './commission-sessions';
import commissions from './commissions';
import consultations from './consultations';
import fieldReports from './field-reports';
import implantationMapEntries from './implantation-map-entries';
import implantationMaps from './implantation-maps';
import { IndicatorsDashboard } from './indicators/IndicatorsDashboard';
import { RequireAccess } from './layout/RequireAccess';
import informationMeetingAttendances from './information-meeting-attendances';
import informationMeetings from './information-meetings';
import missionLetters from './mission-letters';
import nationalSynthesisReports from './national-synthesis-reports';
import opinions from './opinions';
import regimes from './regimes';
import sessionAttendances from './session-attendances';
import trainings from './trainings';

/** The commissions and correspondents resources (name, configuration) and the indicators page's route. */
export const correspondentsResources: [string, Omit<ResourceProps, 'name'>][] = [
  ['implantation-maps', implantationMaps],
  ['implantation-map-entries', implantationMapEntries],
  ['candidate-calls', candidateCalls],
  ['candidacies', candidacies],
  ['appointments', appointments],
  ['mission-letters', missionLetters],
  ['trainings', trainings],
  ['information-meetings', informationMeetings],
  ['information-meeting-attendances', informationMeetingAttendances],
  ['field-reports', fieldReports],
  ['annual-reports', annualReports],
  ['national-synthesis-reports', nationalSynthesisReports],
  ['consultations', consultations],
  ['regimes', regimes],
  ['commissions', commissions],
  ['commission-members', commissionMembers],
  ['commission-sessions', commissionSessions],
  ['opinions', opinions],
  ['session-attendances', sessionAttendances],
];

export const correspondentsRoutes = [
  <Route
    key="indicators"
    path="/indicators"
    element={
      // The indicators read the maps, appointments and commissions: not for a role that reads none (a partner ministry).
      <RequireAccess resource="implantation-maps">
        <IndicatorsDashboard />
      </RequireAccess>
    }
  />,
];
