import { describe, expect, it } from 'vitest'
import type { SupervisionWarning } from '@/api/warnings'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { WARNING_MAX_ROWS, useWarningList } from './useWarningList'

function aWarning(id: number): SupervisionWarning {
  return {
    id,
    caseNo: `SFX-SCJGJ-20261207-${String(id).padStart(4, '0')}`,
    department: 'SFX-SCJGJ',
    level: 'YELLOW',
    kind: 'PROMISED_LIMIT_EXCEEDED',
    raisedAt: '2026-12-22T01:00:00+08:00',
    status: 'OPEN',
    deadline: '2026-12-21',
    detail: '已超过承诺期限 2026-12-21',
  }
}

const many = (count: number) => Array.from({ length: count }, (_, index) => aWarning(index + 1))

describe('useWarningList', () => {
  it('asks for the warnings with only the filters that are set', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: [aWarning(1)] }))
    const list = withSetup(() => useWarningList())
    await list.load()
    expect(calls[0]?.url).toBe('/api/supervision/warnings')
    expect(calls[0]?.params).toEqual({})

    Object.assign(list.filters, { department: 'SFX-SCJGJ', level: 'RED', status: 'OPEN', days: ['2026-12-01', '2026-12-31'] })
    await list.search()
    expect(calls[1]?.params).toEqual({ department: 'SFX-SCJGJ', level: 'RED', status: 'OPEN', from: '2026-12-01', to: '2026-12-31' })
    expect(list.items.value.map((w) => w.id)).toEqual([1])
  })

  it('pages the answer and goes back to the first page on a new search or reset', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: many(45) }))
    const list = withSetup(() => useWarningList(20))
    await list.load()
    expect(list.total.value).toBe(45)
    list.goTo(3)
    expect(list.items.value.map((w) => w.id)).toEqual([41, 42, 43, 44, 45])
    list.filters.level = 'YELLOW'
    await list.reset()
    expect(list.page.value).toBe(1)
    expect(list.filters.level).toBe('')
    expect(calls.at(-1)?.params).toEqual({})
    expect(list.truncated.value).toBe(false)
  })

  it('says when the server cut the list at its limit', async () => {
    fakeAdapter(() => ({ status: 200, body: many(WARNING_MAX_ROWS) }))
    const list = withSetup(() => useWarningList())
    await list.load()
    expect(list.truncated.value).toBe(true)
  })

  it('shows the server message and empties the list when the search fails', async () => {
    let fail = false
    fakeAdapter(() => (fail ? { status: 400, body: { error: 'bad_request', message: '日期 from（x）格式不正确' } } : { status: 200, body: many(2) }))
    const list = withSetup(() => useWarningList())
    await list.load()
    fail = true
    await list.search()
    expect(list.items.value).toEqual([])
    expect(list.errorMessage.value).toBe('日期 from（x）格式不正确')
    expect(list.loading.value).toBe(false)
  })

  it('keeps the newest search when an older answer arrives late', async () => {
    const answers: ((body: SupervisionWarning[]) => void)[] = []
    const { http } = await import('@/api/http')
    http.defaults.adapter = (config) =>
      new Promise((resolve) => answers.push((body) => resolve({ data: body, status: 200, statusText: '', headers: {}, config })))
    const list = withSetup(() => useWarningList())
    const first = list.load()
    const second = list.search()
    await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
    answers[1]?.([aWarning(2)])
    await second
    answers[0]?.([aWarning(1)])
    await first
    expect(list.items.value.map((w) => w.id)).toEqual([2])
  })
})
