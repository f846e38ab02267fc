import { describe, expect, it, vi, beforeEach } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { useSupervisionCard } from './useSupervisionCard'

vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

function card(status: string, actions: string[]) {
  return { card: { id: 7, cardNo: 'DB-2026-00007', status }, actions, history: [], notices: [], measures: [] }
}

function setUp() {
  let state!: ReturnType<typeof useSupervisionCard>
  mount(
    defineComponent({
      setup() {
        state = useSupervisionCard()
        return () => h('div')
      },
    }),
    { global: { plugins: [createAppI18n('zh-CN')] } },
  )
  return state
}

describe('useSupervisionCard', () => {
  beforeEach(() => vi.clearAllMocks())

  it('confirms with the explanation and rectification and shows the card as answered', async () => {
    const calls = fakeAdapter((call) =>
      call.method === 'GET'
        ? { status: 200, body: card('AWAITING_DEPARTMENT', ['CONFIRM', 'APPEAL']) }
        : { status: 200, body: card('AWAITING_REVIEW', []) },
    )
    const state = setUp()
    await state.load(7)
    Object.assign(state.answer, { explanation: '请假', rectification: '已办结' })

    expect(await state.confirm()).toBe(true)

    expect(calls[1]).toMatchObject({ method: 'POST', url: '/api/supervision/cards/7/confirm', json: { explanation: '请假', rectification: '已办结' } })
    expect(state.detail.value?.card.status).toBe('AWAITING_REVIEW')
    expect(state.answer.explanation).toBe('')
  })

  it('sends measures only with an accepted closure', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: card('AWAITING_REVIEW', ['ACCEPT', 'RESUPERVISE']) }))
    const state = setUp()
    await state.load(7)
    Object.assign(state.review, { opinion: '请明确责任人', measures: ['ADMONISHMENT_TALK'] })

    await state.decide('RESUPERVISE')

    expect(calls[1].json).toEqual({ decision: 'RESUPERVISE', opinion: '请明确责任人', measures: [] })
  })

  it('keeps what was typed and reports the server message when the server refuses', async () => {
    fakeAdapter((call) =>
      call.method === 'GET'
        ? { status: 200, body: card('AWAITING_DEPARTMENT', ['CONFIRM', 'APPEAL']) }
        : { status: 400, body: { error: 'bad_request', message: '请填写整改情况（不超过 2000 字）' } },
    )
    const state = setUp()
    await state.load(7)
    state.answer.explanation = '请假'

    expect(await state.confirm()).toBe(false)

    const { ElMessage } = await import('element-plus')
    expect(ElMessage.error).toHaveBeenCalledWith('请填写整改情况（不超过 2000 字）')
    expect(state.answer.explanation).toBe('请假')
  })

  it('treats a card out of scope as not found', async () => {
    fakeAdapter(() => ({ status: 404, body: { error: 'not_found', message: '督办卡不存在' } }))
    const state = setUp()
    await state.load(8)
    expect(state.notFound.value).toBe(true)
    expect(state.detail.value).toBeNull()
  })
})
