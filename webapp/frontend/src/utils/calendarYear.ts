import type { CalendarYear, CalendarYearBody, NamedDay } from '@/api/calendar'

/** What a special day is; any other day follows the weekday rule. */
export type SpecialKind = 'dayOff' | 'makeUp'

export interface SpecialDay {
  kind: SpecialKind
  name: string
}

/** How a day counts, for colouring the grid. */
export type DayStatus = 'workday' | 'weekend' | 'dayOff' | 'makeUp'

export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

/** The server's limit on a special day's name. */
export const NAME_MAX_LENGTH = 100

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** 0 = Monday … 6 = Sunday, computed in UTC so the browser's time zone cannot shift it. */
export function weekdayIndex(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
}

export function isWeekend(iso: string): boolean {
  return weekdayIndex(iso) >= 5
}

/** The weeks of a month, Monday first; cells outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(isoDate(year, month, 1)) }, () => null)
  for (let day = 1; day <= days; day++) cells.push(isoDate(year, month, day))
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export function dayStatus(iso: string, special: ReadonlyMap<string, SpecialDay>): DayStatus {
  const kind = special.get(iso)?.kind
  if (kind) return kind
  return isWeekend(iso) ? 'weekend' : 'workday'
}

/** A click moves a day on: normal → day off → make-up working day → normal. */
export function nextKind(kind: SpecialKind | undefined): SpecialKind | undefined {
  if (kind === undefined) return 'dayOff'
  if (kind === 'dayOff') return 'makeUp'
  return undefined
}

/** The editable copy of a loaded year. */
export function specialDaysOf(year: CalendarYear): Map<string, SpecialDay> {
  const special = new Map<string, SpecialDay>()
  for (const day of year.daysOff) special.set(day.date, { kind: 'dayOff', name: day.name ?? '' })
  for (const day of year.makeUpWorkdays) special.set(day.date, { kind: 'makeUp', name: day.name ?? '' })
  return special
}

/** The PUT body for the edited days, sorted by date; blank names are sent as null. */
export function scheduleBody(special: ReadonlyMap<string, SpecialDay>, provisional: boolean): CalendarYearBody {
  const list = (kind: SpecialKind): NamedDay[] =>
    [...special.entries()]
      .filter(([, day]) => day.kind === kind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, day]) => ({ date, name: day.name.trim() === '' ? null : day.name.trim() }))
  return { daysOff: list('dayOff'), makeUpWorkdays: list('makeUp'), provisional }
}

/** The outcome of reading pasted or uploaded text: the JSON value, or why it is not JSON. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string }

/**
 * Reads the text of a schedule file. Only the JSON syntax is checked here: the server
 * checks the content and its messages name the field at fault.
 */
export function parseScheduleJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** The current year in China Standard Time. */
export function currentPlatformYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now))
}

/** A year the calendar covers, from text such as a route query; otherwise undefined. */
export function parseYear(value: unknown): number | undefined {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined
}
