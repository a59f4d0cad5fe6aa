import { AgentCategory, AgentStatus, Population } from '../../api/src/referential/enums';
import type { Random } from './random';

const FIRST = [
  'Camille',
  'Jeanne',
  'Louis',
  'Chloé',
  'Hugo',
  'Léa',
  'Nathalie',
  'Karim',
  'Sophie',
  'Thomas',
  'Inès',
  'Julien',
  'Manon',
  'Nicolas',
  'Aïcha',
  'Pierre',
  'Claire',
  'Mehdi',
  'Élodie',
  'François',
  'Yasmine',
  'Laurent',
  'Émilie',
  'Antoine',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Benali',
  'Nguyen',
  'Le Gall',
  'Ferrand',
];

/** Corps and grades per population, with their category (realistic, not exhaustive). */
const CAREERS: Record<Population, { corps: string; grade: string; category: AgentCategory }[]> = {
  [Population.POLICE_ACTIVE]: [
    { corps: 'Encadrement et application de la police nationale', grade: 'Gardien de la paix', category: AgentCategory.B },
    { corps: 'Encadrement et application de la police nationale', grade: 'Brigadier-chef', category: AgentCategory.B },
    { corps: 'Commandement de la police nationale', grade: 'Commandant', category: AgentCategory.A },
    { corps: 'Conception et direction de la police nationale', grade: 'Commissaire', category: AgentCategory.A },
  ],
  [Population.ADMINISTRATIVE_TECHNICAL_SCIENTIFIC]: [
    { corps: 'Adjoints administratifs de l’Intérieur', grade: 'Adjoint administratif principal', category: AgentCategory.C },
    { corps: 'Secrétaires administratifs de l’Intérieur', grade: 'Secrétaire administratif de classe normale', category: AgentCategory.B },
    { corps: 'Attachés d’administration de l’État', grade: 'Attaché principal', category: AgentCategory.A },
    { corps: 'Ingénieurs des services techniques', grade: 'Ingénieur', category: AgentCategory.A },
  ],
  [Population.GENDARMERIE_CIVIL]: [
    { corps: 'Adjoints administratifs de l’Intérieur', grade: 'Adjoint administratif', category: AgentCategory.C },
    { corps: 'Secrétaires administratifs de l’Intérieur', grade: 'Secrétaire administratif', category: AgentCategory.B },
  ],
  [Population.GENDARMERIE_MILITARY]: [
    { corps: 'Sous-officiers de gendarmerie', grade: 'Maréchal des logis-chef', category: AgentCategory.B },
    { corps: 'Officiers de gendarmerie', grade: 'Capitaine', category: AgentCategory.A },
  ],
  [Population.OTHER_ADMINISTRATION]: [
    { corps: 'Techniciens supérieurs du développement durable', grade: 'Technicien supérieur principal', category: AgentCategory.B },
    { corps: 'Ingénieurs de l’agriculture et de l’environnement', grade: 'Ingénieur', category: AgentCategory.A },
  ],
};

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

export function person(rng: Random, index: number, population: Population) {
  const firstName = rng.pick(FIRST);
  const lastName = rng.pick(LAST);
  const career = rng.pick(CAREERS[population]);
  const roll = rng.next();
  const status = roll < 0.82 ? AgentStatus.TITULAIRE : roll < 0.9 ? AgentStatus.STAGIAIRE : AgentStatus.CONTRACTUEL;
  return {
    registrationNumber: `M${String(index).padStart(7, '0')}`,
    firstName,
    lastName,
    email: `${strip(firstName)}.${strip(lastName)}${index}@interieur.gouv.fr`,
    phone: `01 ${String(rng.int(40, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))}`,
    ...career,
    status,
    population,
  };
}
