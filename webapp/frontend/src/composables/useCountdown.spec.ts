import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useCountdown } from './useCountdown'

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts whole seconds down to zero and stops there', () => {
    const scope = effectScope()
    const { remaining, start } = scope.run(() => useCountdown())!

    start(3)
    expect(remaining.value).toBe(3)
    vi.advanceTimersByTime(1000)
    expect(remaining.value).toBe(2)
    vi.advanceTimersByTime(5000)
    expect(remaining.value).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    scope.stop()
  })

  it('starts again from the top when restarted', () => {
    const scope = effectScope()
    const { remaining, start } = scope.run(() => useCountdown())!

    start(60)
    vi.advanceTimersByTime(30_000)
    start(60)

    expect(remaining.value).toBe(60)
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
  })

  it('stops its timer with the component that uses it', () => {
    const scope = effectScope()
    const { start } = scope.run(() => useCountdown())!
    start(60)

    scope.stop()

    expect(vi.getTimerCount()).toBe(0)
  })
})
