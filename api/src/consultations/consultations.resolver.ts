import { FieldResolver, Resolver, Root } from 'type-graphql';
import { crudResolver } from '../shared/crud.resolver';
import { allowedActions } from '../shared/workflow/workflow';
import { Consultation } from './consultation.entity';
import { consultationMachine } from './consultations.rules';
import { consultations } from './consultations.service';
import { ConsultationFilter, ConsultationInput } from './consultations.types';
import { WorkflowStepEnum } from '../shared/workflow/steps';

@Resolver(() => Consultation)
export class ConsultationResolver extends crudResolver(
  { type: 'Consultation', plural: 'consultations' },
  Consultation,
  ConsultationInput,
  ConsultationFilter,
  consultations,
) {
  @FieldResolver(() => [WorkflowStepEnum], { description: 'Les actions permises depuis le statut actuel.' })
  allowedTransitions(@Root() consultation: Consultation) {
    return allowedActions(consultationMachine, consultation.status);
  }
}
