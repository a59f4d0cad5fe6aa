import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { Searchable } from '../shared/search';
import { Role } from './roles';

/** Who an identity provider's token stands for: a person (authorization code) or a script (client credentials). */
export enum GrantKind {
  USER = 'USER',
  CLIENT = 'CLIENT',
}
registerEnumType(GrantKind, {
  name: 'GrantKind',
  description: 'Nature de l’identité habilitée chez le fournisseur d’identité : une personne (sub) ou un script (client_id).',
  valuesConfig: {
    USER: { description: 'A person signing in: the token’s `sub`.' },
    CLIENT: { description: 'A script of an analyst or a partner ministry (client-credentials grant): the token’s `client_id`.' },
  },
});

/**
 * The role and perimeter of one identity of the provider (`AUTH_ISSUER`), over [validFrom, validTo]. Maintained by
 * the national administration in the back office and audited like every record: with an identity provider, the
 * API reads roles and perimeters here only, never from the token's claims (which the provider's users may shape).
 */
@ObjectType({ description: 'The access to the registry of one person or script of the identity provider, dated and audited.' })
@Entity()
@Index({ properties: ['kind', 'subject'] })
@Searchable('subject', 'label')
export class AccessGrant extends DatedEntity {
  @Field(() => GrantKind)
  @Enum({ items: () => GrantKind })
  kind!: GrantKind;

  @Field({ description: 'The `sub` of a person, or the `client_id` of a script, as the identity provider issues it.' })
  @Property({ type: 'string' })
  subject!: string;

  @Field({ description: 'Who it is: the person’s name, or the script and its owner.' })
  @Property({ type: 'string' })
  label!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @Field(() => [String], { description: 'INSEE department codes, region codes, or the partner ministry’s code, as the role needs.' })
  @Property({ type: 'text[]' })
  perimeter: string[] = [];
}
