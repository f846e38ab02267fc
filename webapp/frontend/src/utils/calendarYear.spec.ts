import { describe, expect, it } from 'vitest'
import {
  dayStatus,
  isWeekend,
  monthWeeks,
  nextKind,
  parseScheduleJson,
  scheduleBody,
  specialDaysOf,
  weekdayIndex,
  type SpecialDay,
} from './calendarYear'

describe('calendar year helpers', () => {
  it('knows the weekday of a date whatever the browser time zone', () => {
    expect(weekdayIndex('2026-02-14')).toBe(5) // Saturday
    expect(weekdayIndex('2026-02-16')).toBe(0) // Monday
    expect(isWeekend('2026-02-15')).toBe(true)
    expect(isWeekend('2026-10-09')).toBe(false)
  })

  it('lays a month out in Monday-first weeks', () => {
    const february = monthWeeks(2026, 2) // starts on a Sunday, 28 days
    expect(february).toHaveLength(5)
    expect(february[0]).toEqual([null, null, null, null, null, null, '2026-02-01'])
    expect(february[4]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null])
    expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29)
  })

  it('cycles a day through day off, make-up day and back to normal', () => {
    expect(nextKind(undefined)).toBe('dayOff')
    expect(nextKind('dayOff')).toBe('makeUp')
    expect(nextKind('makeUp')).toBeUndefined()
  })

  it('colours special days, weekends and working days', () => {
    const special = new Map<string, SpecialDay>([
      ['2026-02-14', { kind: 'makeUp', name: '春节调休上班' }],
      ['2026-02-16', { kind: 'dayOff', name: '春节' }],
    ])
    expect(dayStatus('2026-02-14', special)).toBe('makeUp')
    expect(dayStatus('2026-02-16', special)).toBe('dayOff')
    expect(dayStatus('2026-02-15', special)).toBe('weekend')
    expect(dayStatus('2026-02-24', special)).toBe('workday')
  })

  it('turns a loaded year into an editable copy and back into a sorted PUT body', () => {
    const special = specialDaysOf({
      year: 2026,
      provisional: false,
      daysOff: [
        { date: '2026-10-01', name: '国庆节' },
        { date: '2026-01-01', name: null },
      ],
      makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
      updatedAt: null,
      updatedBy: null,
    })
    special.set('2026-05-01', { kind: 'dayOff', name: '  ' })

    expect(scheduleBody(special, true)).toEqual({
      daysOff: [
        { date: '2026-01-01', name: null },
        { date: '2026-05-01', name: null },
        { date: '2026-10-01', name: '国庆节' },
      ],
      makeUpWorkdays: [{ date: '2026-10-10', name: '国庆节调休上班' }],
      provisional: true,
    })
  })

  it('reads JSON and says why text is not JSON', () => {
    expect(parseScheduleJson('{"daysOff": []}')).toEqual({ ok: true, value: { daysOff: [] } })
    const broken = parseScheduleJson('{"daysOff": [')
    expect(broken.ok).toBe(false)
  })
})
