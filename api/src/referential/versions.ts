import { versioned } from '../shared/versions/versioned';
import { AgentVersion } from './agent-version.entity';
import { Agent } from './agent.entity';
import { ServiceVersion } from './service-version.entity';
import { Service } from './service.entity';

/** A service's attributes that change in its life, kept as dated versions (issue 17: its name, place and exclusion). */
export const SERVICE_VERSIONS = versioned({
  record: Service,
  version: ServiceVersion,
  key: 'service',
  attributes: ['name', 'kind', 'parent', 'department', 'excludedFromNetwork'],
  // A department's services are listed by code (`Department.services`): as of a day, in the order of the versions.
  carried: ['code'],
});

/** An agent's career attributes, kept as dated versions (a promotion takes effect on its date, whenever entered). */
export const AGENT_VERSIONS = versioned({
  record: Agent,
  version: AgentVersion,
  key: 'agent',
  attributes: ['grade', 'corps', 'category', 'status', 'population', 'employingMinistry'],
  // A service's agents are listed by name (`Service.agents`): as of a day, in the order of the versions.
  carried: ['service', 'lastName', 'firstName'],
});
