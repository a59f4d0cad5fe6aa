import { Resolver } from 'type-graphql';
import { crudResolver } from '../shared/crud.resolver';
import { supportProfessionals } from './directory.service';
import { SupportProfessionalFilter, SupportProfessionalInput } from './directory.types';
import { SupportProfessional } from './support-professional.entity';

@Resolver(() => SupportProfessional)
export class SupportProfessionalResolver extends crudResolver(
  { type: 'SupportProfessional', plural: 'supportProfessionals' },
  SupportProfessional,
  SupportProfessionalInput,
  SupportProfessionalFilter,
  supportProfessionals,
) {}
