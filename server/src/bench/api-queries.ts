/** The partner-API queries of `bench:api`, also the reads of `bench:soak`. */
export interface BenchQuery {
  id: string;
  title: string;
  body: (i: number) => string;
}

export const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** Codes and points sampled from the bench database (`sampleInputs`). */
export function apiQueries(inputs: { codes: string[]; points: [number, number][] }): BenchQuery[] {
  return [
    {
      id: 'a', title: 'facilities(provinceCode "11", first 50) with operator, province, capacity, services',
      body: () => gql(`{ facilities(filter: { provinceCode: "11" }, first: 50) { edges { node { name kind operator { name } province { name } capacity { places residents } services } } } }`),
    },
    {
      id: 'b', title: 'facility(code) with province and capacity, codes varying',
      body: (i) => gql(`query($code: String) { facility(code: $code) { name kind province { name } capacity { places } } }`, { code: inputs.codes[i % inputs.codes.length] }),
    },
    {
      id: 'c', title: 'facilitiesNear(lat, lng, first 10), points varying',
      body: (i) => {
        const [lat, lng] = inputs.points[i % inputs.points.length];
        return gql(`query($lat: Float!, $lng: Float!) { facilitiesNear(lat: $lat, lng: $lng, first: 10) { distanceKm facility { name kind } } }`, { lat, lng });
      },
    },
    {
      id: 'd', title: 'facilities(search "trung tam bao tro", first 10)',
      body: () => gql(`{ facilities(filter: { search: "trung tam bao tro" }, first: 10) { edges { node { name } } } }`),
    },
  ];
}
