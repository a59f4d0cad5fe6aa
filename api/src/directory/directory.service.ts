import { emailRule } from '../referential/referential.rules';
import { CrudService } from '../shared/crud.service';
import type { SupportProfessionalInput } from './directory.types';
import { SupportProfessional } from './support-professional.entity';

export const supportProfessionals = new CrudService<SupportProfessional, SupportProfessionalInput>({
  entity: SupportProfessional,
  label: 'Professionnel de soutien',
  fields: {
    kind: 'Profession',
    name: 'Nom',
    organisation: 'Organisme',
    phone: 'Téléphone',
    email: 'Courriel',
    availability: 'Disponibilité',
    departmentId: 'Département',
    validFrom: 'Date de début',
    validTo: 'Date de fin',
  },
  list: { sortable: ['name', 'kind', 'validFrom'], dated: true },
  required: ['kind', 'name', 'validFrom'],
  check: (row) => emailRule(row.values.email),
});
