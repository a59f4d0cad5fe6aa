import { StatusChange } from '../shared/workflow/status-change.entity';
import { AnnualReport } from './annual-report.entity';
import { Appointment } from './appointment.entity';
import { CandidateCall } from './candidate-call.entity';
import { Candidacy } from './candidacy.entity';
import { FieldReport } from './field-report.entity';
import { ImplantationMapEntry } from './implantation-map-entry.entity';
import { ImplantationMap } from './implantation-map.entity';
import { InformationMeeting, InformationMeetingAttendance } from './information-meeting.entity';
import { MissionLetter } from './mission-letter.entity';
import { Regime } from './regime.entity';
import { Training } from './training.entity';

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
