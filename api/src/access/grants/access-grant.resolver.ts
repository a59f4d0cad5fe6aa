import { Resolver } from 'type-graphql';
import { crudResolver } from '../../shared/crud.resolver';
import { AccessGrant } from './access-grant.entity';
import { accessGrants } from './access-grant.service';
import { AccessGrantFilter, AccessGrantInput } from './access-grant.types';

/** `accessGrants`, `createAccessGrant`… : who may use the registry through the identity provider (national administration only). */
@Resolver(() => AccessGrant)
export class AccessGrantResolver extends crudResolver(
  { type: 'AccessGrant', plural: 'accessGrants' },
  AccessGrant,
  AccessGrantInput,
  AccessGrantFilter,
  accessGrants,
) {}
