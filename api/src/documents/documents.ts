import type { Context } from '../context';
import { annualReportDocument, nationalSynthesisDocument } from './activity-report.document';
import { appointmentArreteDocument } from './appointment-arrete.document';
import {
  loadAnnualReport,
  loadAppointmentArrete,
  loadDraftAppointmentArrete,
  loadMapArrete,
  loadMissionLetter,
  loadNationalSynthesis,
  loadNetworkReport,
} from './documents.service';
import { mapArreteDocument } from './map-arrete.document';
import { missionLetterDocument } from './mission-letter.document';
import { networkReportDocument } from './network-report.document';
import type { DocumentFrame } from './pdf';

/** A kind of document: how to read its record (scoped to the caller), and the pure function that writes it. */
interface DocumentKind<T> {
  load(ctx: Context, id: string): Promise<T>;
  write(facts: T): DocumentFrame;
}

const kind = <T>(load: DocumentKind<T>['load'], write: DocumentKind<T>['write']): DocumentKind<unknown> => ({
  load,
  write: write as (facts: unknown) => DocumentFrame,
});

/**
 * Every generated document, by the path segment of `GET /documents/<kind>/<id>.pdf`; `id` is the record's id (the year
 * for the national synthesis, which has no record).
 */
export const DOCUMENT_KINDS: Record<string, DocumentKind<unknown>> = {
  'mission-letter': kind(loadMissionLetter, missionLetterDocument),
  'appointment-arrete': kind(loadAppointmentArrete, appointmentArreteDocument),
  'candidacy-draft-arrete': kind(loadDraftAppointmentArrete, appointmentArreteDocument),
  'implantation-map-arrete': kind(loadMapArrete, mapArreteDocument),
  'annual-report': kind(loadAnnualReport, annualReportDocument),
  'national-synthesis': kind(loadNationalSynthesis, nationalSynthesisDocument),
  'network-report': kind(loadNetworkReport, networkReportDocument),
};
