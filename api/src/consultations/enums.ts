import { registerEnumType } from 'type-graphql';

/**
 * What a CLAS is informed and consulted on, beyond the maps and the appointments (which have their own opinions):
 * « les conditions d’exercice de leurs missions » [001 §1].
 */
export enum ConsultationTopic {
  WORKING_CONDITIONS = 'WORKING_CONDITIONS',
}

export enum ConsultationStatus {
  SUBMITTED = 'SUBMITTED',
  OPINION_GIVEN = 'OPINION_GIVEN',
}

registerEnumType(ConsultationTopic, {
  name: 'ConsultationTopic',
  description: 'Sujet d’une consultation de la CLAS, au-delà des cartes et des nominations [001 §1].',
});
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus', description: 'État d’une consultation : soumise, puis avis rendu.' });
