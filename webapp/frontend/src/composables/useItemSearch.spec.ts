import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import type { ItemPage } from '@/api/catalog'
import { createAppI18n } from '@/i18n'
import { filtersFromQuery, queryFromFilters, useItemSearch } from './useItemSearch'

vi.mock('@/api/catalog', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/catalog')>()),
  listItems: vi.fn(),
}))

const { listItems } = await import('@/api/catalog')

function page(names: string[], total = names.length): ItemPage {
  return {
    items: names.map((name, index) => ({
      code: `C-${index}`,
      name,
      kind: 'LICENSING',
      department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
      status: 'PUBLISHED',
      version: 1,
      statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
      promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
      onTheSpot: false,
      parallelApproval: false,
      parentCode: null,
    })),
    total,
    page: 0,
    size: 20,
  }
}

async function setup(path: string, options: Parameters<typeof useItemSearch>[0] = {}) {
  let search!: ReturnType<typeof useItemSearch>
  const List = defineComponent({
    setup() {
      search = useItemSearch(options)
      return () => null
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/guide', name: 'guide', component: List },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(RouterView, { global: { plugins: [router, createAppI18n('zh-CN')] } })
  await flushPromises()
  return { search, router, wrapper }
}

describe('filtersFromQuery / queryFromFilters', () => {
  it('reads known filters and a 1-based page, dropping unknown values', () => {
    expect(filtersFromQuery({ q: '食品', kind: 'LEVY', status: 'BOGUS', page: '3' })).toEqual({
      filters: { q: '食品', kind: 'LEVY', department: '', status: '' },
      page: 3,
    })
    expect(filtersFromQuery({ page: '-1', kind: 'x' }).page).toBe(1)
  })

  it('writes only what is set', () => {
    expect(queryFromFilters({ q: ' 食品 ', kind: '', department: 'SFX-ZJJ', status: 'DRAFT' }, 1)).toEqual({
      q: '食品',
      department: 'SFX-ZJJ',
      status: 'DRAFT',
    })
    expect(queryFromFilters({ q: '', kind: 'PENALTY', department: '', status: '' }, 2)).toEqual({ kind: 'PENALTY', page: '2' })
  })
})

describe('useItemSearch', () => {
  beforeEach(() => {
    vi.mocked(listItems).mockReset().mockResolvedValue(page(['食品经营许可']))
  })

  it('searches with the filters of the URL, 0-based page for the API', async () => {
    const { search } = await setup('/guide?q=食品&kind=LICENSING&page=2')
    expect(listItems).toHaveBeenCalledWith({ q: '食品', kind: 'LICENSING', department: '', status: '', page: 1, size: 20 })
    expect(search.items.value.map((item) => item.name)).toEqual(['食品经营许可'])
    expect(search.page.value).toBe(2)
  })

  it('pins the status when asked, whatever the URL says', async () => {
    await setup('/guide?status=DRAFT&q=食品', { status: 'PUBLISHED' })
    expect(listItems).toHaveBeenCalledWith(expect.objectContaining({ q: '食品', status: 'PUBLISHED' }))
  })

  it('puts a new search in the URL and starts again at page 1', async () => {
    const { search, router } = await setup('/guide?page=3')
    search.filters.q = '建筑'
    await search.search()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '建筑' })
    expect(listItems).toHaveBeenLastCalledWith(expect.objectContaining({ q: '建筑', page: 0 }))
  })

  it('searches again when the same search is submitted twice', async () => {
    const { search } = await setup('/guide?q=食品')
    await search.search()
    expect(listItems).toHaveBeenCalledTimes(2)
  })

  it('keeps the newest answer when an older one arrives late', async () => {
    let releaseSlow!: (value: ItemPage) => void
    vi.mocked(listItems).mockReturnValueOnce(new Promise((resolve) => (releaseSlow = resolve)))
    const { search, router } = await setup('/guide?q=慢')
    vi.mocked(listItems).mockResolvedValueOnce(page(['新结果']))
    await router.push('/guide?q=快')
    await flushPromises()
    releaseSlow(page(['旧结果']))
    await flushPromises()
    expect(search.items.value.map((item) => item.name)).toEqual(['新结果'])
    expect(search.loading.value).toBe(false)
  })

  it('shows the server message when the search fails', async () => {
    vi.mocked(listItems).mockRejectedValue(new Error('network'))
    const { search } = await setup('/guide')
    expect(search.errorMessage.value).toBe('事项列表加载失败')
    expect(search.items.value).toEqual([])
  })
})
