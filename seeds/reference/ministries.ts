/** The Ministry of the Interior and partner ministries of interministerial conventions [004 §I, §III]. */
export const MINISTRIES = [
  { code: 'INTERIEUR', name: 'Ministère de l’Intérieur', interior: true },
  { code: 'TRANSITION_ECOLOGIQUE', name: 'Ministère de la Transition écologique', interior: false },
  { code: 'AGRICULTURE', name: 'Ministère de l’Agriculture et de la Souveraineté alimentaire', interior: false },
  { code: 'ECONOMIE', name: 'Ministère de l’Économie et des Finances', interior: false },
  { code: 'TRAVAIL', name: 'Ministère du Travail, de la Santé et des Solidarités', interior: false },
  { code: 'JUSTICE', name: 'Ministère de la Justice', interior: false },
  { code: 'ARMEES', name: 'Ministère des Armées', interior: false },
];
