import { http } from './http'
import type { ClockState } from './types'

const CLOCK_URL = '/api/admin/clock'

/** GET /api/admin/clock; 404 means the simulated clock is switched off. */
export async function fetchClock(options: { probe?: boolean } = {}): Promise<ClockState> {
  const { data } = await http.get<ClockState>(CLOCK_URL, { skipErrorRedirect: options.probe })
  return data
}

/** Move the platform clock to the given ISO-8601 instant. */
export async function setClock(now: string): Promise<ClockState> {
  const { data } = await http.post<ClockState>(CLOCK_URL, { now })
  return data
}

/** Return the platform clock to real time. */
export async function resetClock(): Promise<ClockState> {
  const { data } = await http.post<ClockState>(CLOCK_URL, { reset: true })
  return data
}
