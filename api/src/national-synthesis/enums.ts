import { registerEnumType } from 'type-graphql';

/** The national synthesis is prepared, then presented to the CNAS, which gives its opinion and proposals [001 §2.7]. */
export enum NationalSynthesisStatus {
  DRAFT = 'DRAFT',
  PRESENTED = 'PRESENTED',
}

registerEnumType(NationalSynthesisStatus, {
  name: 'NationalSynthesisStatus',
  description: 'État de la synthèse nationale : en préparation, puis présentée à la CNAS [001 §2.7].',
});
