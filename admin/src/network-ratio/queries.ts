/** The ratio page's operations (agents per ASS per region, or per department of a region), one request each. */
export interface Ratio {
  networkAgents: number;
  socialWorkerEtp: number;
  agentsPerSocialWorker: number | null;
  target: number;
}
export interface Area {
  id: string;
  code: string;
  name: string;
  socialWorkerRatio: Ratio;
}

const RATIO = 'socialWorkerRatio(asOf: $asOf) { networkAgents socialWorkerEtp agentsPerSocialWorker target }';
export const REGIONS = `query RatioRegions($asOf: Date!) { page: regions(limit: 50, sort: [{ field: "code" }]) { items { id code name ${RATIO} } } }`;
export const DEPARTMENTS = `query RatioDepartments($asOf: Date!, $regionId: ID!) { page: departments(filter: { regionId: $regionId }, limit: 200, sort: [{ field: "code" }]) { items { id code name ${RATIO} } } }`;
