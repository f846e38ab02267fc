import { http } from './http'

/** What a department does for the platform; `functional` departments handle items. */
export type DepartmentKind = 'functional' | 'supervision' | 'reform' | 'service-centre' | 'finance' | 'audit' | string

/** One line of GET /api/organisation/departments (public, no login needed). */
export interface Department {
  code: string
  name: string
  shortName: string | null
  regionCode: string
  kind: DepartmentKind
}

export type RegionLevel = 'province' | 'city' | 'county' | string

/** One line of GET /api/organisation/regions; `parentCode` is null for a province. */
export interface OrganisationRegion {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
}

const BASE = '/api/organisation'

/** Every department, grouped by region with the functional ones first (the server's order). */
export async function fetchDepartments(): Promise<Department[]> {
  const { data } = await http.get<Department[]>(`${BASE}/departments`)
  return data
}

/** Every region (any logged-in user), parents before their children. */
export async function fetchRegions(): Promise<OrganisationRegion[]> {
  const { data } = await http.get<OrganisationRegion[]>(`${BASE}/regions`)
  return data
}
