import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import type { BoardSnapshot, LiveWarning } from '@/api/board'
import { FEED_LENGTH, useSupervisionBoard } from './useSupervisionBoard'

/** Enough of EventSource for the composable: listeners by event name, and onerror. */
class FakeEventSource {
  listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  onerror: (() => void) | null = null
  closed = false
  constructor(readonly url: string) {}
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
  }
  emit(name: string, data: unknown) {
    const event = new MessageEvent<string>(name, { data: JSON.stringify(data) })
    this.listeners.get(name)?.forEach((listener) => listener(event))
  }
  close() {
    this.closed = true
  }
}

function aWarning(id: number): LiveWarning {
  return {
    id,
    caseNo: `SFX-SCJGJ-20261207-${String(id).padStart(4, '0')}`,
    department: 'SFX-SCJGJ',
    departmentName: '示范县市场监督管理局',
    level: 'YELLOW',
    kind: 'PROMISED_LIMIT_EXCEEDED',
    raisedAt: '2026-12-07T01:00:00Z',
  }
}

const load = { receivedToday: 3, openCases: 12, overdue: 2, pastStatutory: 1, closedToday: 4 }
const board: BoardSnapshot = {
  generatedAt: '2026-12-07T01:00:00Z',
  departments: [{ code: 'SFX-SCJGJ', name: '示范县市场监督管理局', load }],
  totals: load,
}

function started() {
  let source!: FakeEventSource
  const calls = fakeAdapter(() => ({ status: 200, body: board }))
  const view = withSetup(() =>
    useSupervisionBoard((url) => {
      source = new FakeEventSource(url)
      return source as unknown as EventSource
    }),
  )
  return { view, calls, source: () => source }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('useSupervisionBoard', () => {
  it('reads the figures and opens the stream of new warnings', async () => {
    const { view, calls, source } = started()
    await view.start()
    expect(calls[0]?.url).toBe('/api/supervision/board')
    expect(source().url).toBe('/api/supervision/board/stream')
    expect(view.snapshot.value?.totals.openCases).toBe(12)
    expect(view.state.value).toBe('connecting')
    source().emit('ready', {})
    expect(view.state.value).toBe('live')
  })

  it('puts arriving warnings first, once each, and reads the figures again after a burst', async () => {
    vi.useFakeTimers()
    const { view, calls, source } = started()
    await view.start()
    source().emit('warning', aWarning(1))
    source().emit('warning', aWarning(2))
    source().emit('warning', aWarning(2))
    expect(view.feed.value.map((w) => w.id)).toEqual([2, 1])
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(2)
  })

  it('keeps the last warnings only', async () => {
    const { view, source } = started()
    await view.start()
    for (let id = 1; id <= FEED_LENGTH + 5; id++) source().emit('warning', aWarning(id))
    expect(view.feed.value).toHaveLength(FEED_LENGTH)
    expect(view.feed.value[0]?.id).toBe(FEED_LENGTH + 5)
  })

  it('shows a lost connection and closes the stream when asked', async () => {
    const { view, source } = started()
    await view.start()
    source().onerror?.()
    expect(view.state.value).toBe('reconnecting')
    view.close()
    expect(source().closed).toBe(true)
  })

  it('shows the server message when the figures cannot be read', async () => {
    fakeAdapter(() => ({ status: 403, body: { error: 'forbidden', message: '无权查看监察看板' } }))
    const view = withSetup(() => useSupervisionBoard(() => new FakeEventSource('x') as unknown as EventSource))
    await view.load()
    expect(view.errorMessage.value).toBe('无权查看监察看板')
  })
})
