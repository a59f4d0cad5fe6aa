/**
 * What the home page counts: each figure is one of the API's indicators (one SQL aggregate each), read whole
 * (they are not paginated), never a total made in the browser over a page of a list.
 */
export const ATTENTION = `query Attention($asOf: Date) {
  mapCoverage(asOf: $asOf) { map { id } uncoveredCount }
  appointmentsWithoutSignedLetter(asOf: $asOf) { appointment { id } }
  correspondentsWithoutInitialTraining(asOf: $asOf) { appointment { id } }
  brokenConditions(asOf: $asOf) { appointment { id } }
  mobilityPlansAfterAppointment(asOf: $asOf) { appointment { id } }
  perimetersWithoutInformationMeeting(asOf: $asOf) { department { id } authority }
}`;

export interface Attention {
  mapCoverage: { map: { id: string }; uncoveredCount: number }[];
  appointmentsWithoutSignedLetter: unknown[];
  correspondentsWithoutInitialTraining: unknown[];
  brokenConditions: unknown[];
  mobilityPlansAfterAppointment: unknown[];
  perimetersWithoutInformationMeeting: unknown[];
}

/** One line of « À traiter »: its label, how many, where to go. */
export interface AttentionItem {
  id: string;
  label: string;
  count: number;
  to: string;
}

export const attentionItems = (data: Attention): AttentionItem[] => [
  // The uncovered services of every map in force: the API counts them per map.
  { id: 'uncovered', label: 'app.home.uncovered', count: data.mapCoverage.reduce((n, c) => n + c.uncoveredCount, 0), to: '/indicators' },
  { id: 'letters', label: 'app.home.unsignedLetters', count: data.appointmentsWithoutSignedLetter.length, to: '/indicators' },
  { id: 'training', label: 'app.home.withoutTraining', count: data.correspondentsWithoutInitialTraining.length, to: '/indicators' },
  { id: 'broken', label: 'app.home.broken', count: data.brokenConditions.length, to: '/indicators' },
  { id: 'mobility', label: 'app.home.mobility', count: data.mobilityPlansAfterAppointment.length, to: '/indicators' },
  { id: 'meetings', label: 'app.home.noMeeting', count: data.perimetersWithoutInformationMeeting.length, to: '/indicators' },
];
