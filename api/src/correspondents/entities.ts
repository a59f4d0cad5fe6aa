import { StatusChange } from '../shared/workflow/status-change.entity';
import { AnnualReport } from './indicators/annual-report.entity';
import { Appointment } from './appointments/appointment.entity';
import { CandidateCall } from './candidacies/candidate-call.entity';
import { Candidacy } from './candidacies/candidacy.entity';
import { FieldReport } from './follow-up/field-report.entity';
import { ImplantationMapEntry } from './maps/implantation-map-entry.entity';
import { ImplantationMap } from './maps/implantation-map.entity';
import { InformationMeeting, InformationMeetingAttendance } from './follow-up/information-meeting.entity';
import { MissionLetter } from './appointments/mission-letter.entity';
import { Regime } from './appointments/regime.entity';
import { Training } from './follow-up/training.entity';

/** The correspondents' entities, and the shared status history their workflows write. */
export const correspondentEntities = [
  StatusChange,
  Regime,
  ImplantationMap,
  ImplantationMapEntry,
  CandidateCall,
  Candidacy,
  Appointment,
  MissionLetter,
  Training,
  InformationMeeting,
  InformationMeetingAttendance,
  FieldReport,
  AnnualReport,
];
