/** The ratio page's operations (ratio.graphql, typed by `pnpm codegen`): agents per ASS per region, or per department of a region. */
import type { RatioRegionsQuery } from '../gql/graphql';

export { RatioDepartmentsDocument as DEPARTMENTS, RatioRegionsDocument as REGIONS } from '../gql/graphql';
export type { RatioFragment as Ratio } from '../gql/graphql';

/** A region or a department with its ratio (both documents select the same fields). */
export type Area = RatioRegionsQuery['page']['items'][number];
