import { ConventionScope } from './convention-scope.entity';
import { Convention } from './convention.entity';
import { TimeAllocation } from './time-allocation.entity';

export const conventionEntities = [Convention, ConventionScope, TimeAllocation];
