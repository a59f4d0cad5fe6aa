import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { RequestLogEntry } from '../shared/audit/request-log.entity';
import { Role } from './roles';

/**
 * What one request read of people's personal data (GDPR access log): who, when, which fields, of whom.
 * One line per request and set of fields, listing every person concerned (a page of 500 agents is one line).
 */
/** The GIN index of `entity_ids` (« who read this person »), named for `access-log-upkeep.ts`. */
export const ENTITY_IDS_INDEX = 'personal_data_access_entity_ids_index';

@ObjectType({
  description:
    'Une lecture de données personnelles : qui a lu quels champs de quelles personnes, quand, par quelle requête (journal RGPD).',
})
@Entity()
@Index({ properties: ['actor', 'at'] })
@Index({ name: ENTITY_IDS_INDEX, properties: ['entityIds'], type: 'gin' })
export class PersonalDataAccess extends RequestLogEntry {
  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @Field({ description: 'Type GraphQL de l’enregistrement lu, par exemple « Agent ».' })
  @Property({ type: 'string' })
  entityName!: string;

  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  entityIds!: string[];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  fields!: string[];
}
