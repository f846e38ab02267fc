import { describe, expect, it } from 'vitest'
import { formatPlatformTime, fromPlatformWallTime, toPlatformWallTime } from './time'

describe('platform time helpers', () => {
  it('formats instants as Asia/Shanghai wall time whatever their offset', () => {
    expect(formatPlatformTime('2026-10-12T09:00:00+08:00')).toBe('2026-10-12 09:00:00')
    expect(formatPlatformTime('2026-10-12T01:00:00Z')).toBe('2026-10-12 09:00:00')
    expect(formatPlatformTime('2026-10-11T20:30:05-05:00')).toBe('2026-10-12 09:30:05')
  })

  it('leaves unparsable values as they are', () => {
    expect(formatPlatformTime('not a date')).toBe('not a date')
  })

  it('round-trips through the date picker format', () => {
    const wall = toPlatformWallTime('2026-10-12T01:00:00Z')
    expect(wall).toBe('2026-10-12T09:00:00')
    expect(fromPlatformWallTime(wall)).toBe('2026-10-12T09:00:00+08:00')
  })
})
