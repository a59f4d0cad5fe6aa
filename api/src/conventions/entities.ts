import { ConventionScope } from './convention-scope.entity';
import { Convention } from './convention.entity';
import { ConventionVersion } from './convention-version.entity';
import { TimeAllocation } from './time-allocation.entity';

export const conventionEntities = [Convention, ConventionVersion, ConventionScope, TimeAllocation];
