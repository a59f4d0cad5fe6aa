/**
 * The dashboard's request (indicators.graphql) and the shapes of its answer, as `pnpm codegen` types them from the
 * API's schema.
 */
import type { AlertFragment, IndicatorsQuery } from '../gql/graphql';

export { IndicatorsDocument as INDICATORS } from '../gql/graphql';
export type Indicators = IndicatorsQuery;

/** A correspondent an indicator names, with its appointment. */
export type Alert = AlertFragment;

export type Coverage = IndicatorsQuery['mapCoverage'][number];

/** A department, or a central perimeter (`authority`), with no information meeting in the window [001 §2.5]. */
export type MeetingAlert = IndicatorsQuery['perimetersWithoutInformationMeeting'][number];

/** A CLAS lacking some of its department's ASS as ex-officio members [004 §II.3]. */
export type ExOfficioAlert = IndicatorsQuery['clasWithoutExOfficioSocialWorkers'][number];
