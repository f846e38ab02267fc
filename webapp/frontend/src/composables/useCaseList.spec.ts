import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aCaseSummary } from '@/testing/caseworkFixtures'
import { withSetup } from '@/testing/withSetup'
import { usePageLoader } from './usePageLoader'
import { useCaseList } from './useCaseList'

describe('useCaseList', () => {
  it('sends the set filters, the overdue choice as a boolean and a 0-based page', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { items: [aCaseSummary()], total: 41 } }))
    const list = withSetup(() => useCaseList())
    Object.assign(list.filters, { status: 'IN_PROGRESS', department: '', overdue: 'false' })
    await list.goTo(3)
    expect(calls[0]?.params).toEqual({ status: 'IN_PROGRESS', overdue: false, page: 2, size: 20 })
    expect(list.total.value).toBe(41)
    await list.reset()
    expect(calls[1]?.params).toEqual({ page: 0, size: 20 })
  })

  it('empties the list and shows the server message when the query fails', async () => {
    fakeAdapter(() => ({ status: 400, body: { error: 'bad_request', message: '部门编码无效' } }))
    const list = withSetup(() => useCaseList())
    await list.load()
    expect(list.items.value).toEqual([])
    expect(list.errorMessage.value).toBe('部门编码无效')
  })
})

describe('usePageLoader', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const answers: ((page: { items: string[]; total: number }) => void)[] = []
    const loader = withSetup(() => usePageLoader<string>(() => new Promise((resolve) => answers.push(resolve)), 'casework.common.loadFailed'))
    const first = loader.load()
    const second = loader.load()
    answers[1]!({ items: ['new'], total: 1 })
    await second
    answers[0]!({ items: ['old'], total: 1 })
    await first
    expect(loader.items.value).toEqual(['new'])
    expect(loader.loading.value).toBe(false)
  })
})
