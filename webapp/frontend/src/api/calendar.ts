import { http } from './http'

/** A day with an optional name, e.g. `{ date: '2026-10-01', name: '国庆节' }`. */
export interface NamedDay {
  /** ISO date YYYY-MM-DD (China Standard Time calendar). */
  date: string
  name: string | null
}

/** One line of GET /api/calendar/years. */
export interface CalendarYearSummary {
  year: number
  provisional: boolean
  daysOff: number
  makeUpWorkdays: number
  updatedAt: string | null
  updatedBy: string | null
}

/** GET /api/calendar/years/{year}; a year never loaded is provisional with empty lists. */
export interface CalendarYear {
  year: number
  provisional: boolean
  daysOff: NamedDay[]
  makeUpWorkdays: NamedDay[]
  updatedAt: string | null
  updatedBy: string | null
  /** Only in the answer to a PUT: running timers moved by the change. */
  timersRecalculated?: number
}

/** Body of PUT /api/calendar/years/{year}: each day as an object or a bare "YYYY-MM-DD". */
export interface CalendarYearBody {
  daysOff: (NamedDay | string)[]
  makeUpWorkdays: (NamedDay | string)[]
  /** An expected schedule entered before the official one is published. */
  provisional?: boolean
}

const BASE = '/api/calendar'

export async function fetchCalendarYears(): Promise<CalendarYearSummary[]> {
  const { data } = await http.get<CalendarYearSummary[]>(`${BASE}/years`)
  return data
}

export async function fetchCalendarYear(year: number): Promise<CalendarYear> {
  const { data } = await http.get<CalendarYear>(`${BASE}/years/${year}`)
  return data
}

/**
 * Replace a year's schedule (reform office, admin). The body is sent as given, so that a
 * pasted file gets the server's own validation messages.
 */
export async function saveCalendarYear(year: number, body: CalendarYearBody | unknown): Promise<CalendarYear> {
  const { data } = await http.put<CalendarYear>(`${BASE}/years/${year}`, body)
  return data
}

/**
 * GET/PUT /api/calendar/regions/{code}/overlays: a region's own extra days off, which
 * apply to it and every region below it.
 */
export interface RegionOverlays {
  regionCode: string
  regionName: string
  daysOff: NamedDay[]
  /** Only in the answer to a PUT: running timers moved by the change. */
  timersRecalculated?: number
}

export interface RegionOverlaysBody {
  daysOff: NamedDay[]
}

export async function fetchRegionOverlays(regionCode: string): Promise<RegionOverlays> {
  const { data } = await http.get<RegionOverlays>(`${BASE}/regions/${encodeURIComponent(regionCode)}/overlays`)
  return data
}

/**
 * Replace a region's extra days off. A 403 (a region outside the reform office's own) is
 * shown beside the panel with the server's message, not as the forbidden page.
 */
export async function saveRegionOverlays(regionCode: string, body: RegionOverlaysBody): Promise<RegionOverlays> {
  const { data } = await http.put<RegionOverlays>(
    `${BASE}/regions/${encodeURIComponent(regionCode)}/overlays`,
    body,
    { skipErrorRedirect: true },
  )
  return data
}
