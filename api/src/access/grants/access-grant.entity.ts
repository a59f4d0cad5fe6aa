import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DatedEntity } from '../../shared/base.entity';
import { Searchable } from '../../shared/search';
import { Role } from '../roles';

/** Who an identity provider's token stands for: a person (authorization code) or a script (client credentials). */
export enum GrantKind {
  USER = 'USER',
  CLIENT = 'CLIENT',
}
registerEnumType(GrantKind, {
  name: 'GrantKind',
  description: 'Nature de l’identité habilitée chez le fournisseur d’identité : une personne (sub) ou un script (client_id).',
  valuesConfig: {
    USER: { description: 'Une personne qui se connecte : le `sub` du jeton.' },
    CLIENT: { description: 'Un script d’un analyste ou d’un ministère partenaire (client-credentials) : le `client_id` du jeton.' },
  },
});

/**
 * The role and perimeter of one identity of the provider (`AUTH_ISSUER`), over [validFrom, validTo]. Maintained by
 * the national administration in the back office and audited like every record: with an identity provider, the
 * API reads roles and perimeters here only, never from the token's claims (which the provider's users may shape).
 */
@ObjectType({
  description: 'L’accès au registre d’une personne ou d’un script du fournisseur d’identité : rôle et périmètre, daté et historisé.',
})
@Entity()
@Index({ properties: ['kind', 'subject'] })
@Searchable('subject', 'label')
export class AccessGrant extends DatedEntity {
  @Field(() => GrantKind)
  @Enum({ items: () => GrantKind })
  kind!: GrantKind;

  @Field({ description: 'Le `sub` d’une personne, ou le `client_id` d’un script, tel que le fournisseur d’identité les émet.' })
  @Property({ type: 'string' })
  subject!: string;

  @Field({ description: 'Qui c’est : le nom de la personne, ou le script et son propriétaire.' })
  @Property({ type: 'string' })
  label!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @Field(() => [String], {
    description: 'Codes INSEE de départements ou de régions, ou code du ministère partenaire, selon ce que le rôle exige.',
  })
  @Property({ type: 'text[]' })
  perimeter: string[] = [];
}
