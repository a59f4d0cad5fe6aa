import { versioned } from '../shared/versions/versioned';
import { ConventionVersion } from './convention-version.entity';
import { Convention } from './convention.entity';

/** A convention's guideline for the function's share of time, kept as dated versions (issue 17). */
export const CONVENTION_VERSIONS = versioned({
  record: Convention,
  version: ConventionVersion,
  key: 'convention',
  attributes: ['functionShareGuideline', 'functionShareTolerance'],
});
