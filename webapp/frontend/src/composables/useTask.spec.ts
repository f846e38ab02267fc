import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { aCase, aTask, aTaskDetail } from '@/testing/caseworkFixtures'
import { httpError } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { useTask } from './useTask'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  fetchTask: vi.fn(),
  claimTask: vi.fn(),
  unclaimTask: vi.fn(),
  fetchColleagues: vi.fn(),
  delegateTask: vi.fn(),
  completeTask: vi.fn(),
}))
vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  fetchCase: vi.fn(),
}))
vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const tasks = await import('@/api/tasks')
const cases = await import('@/api/cases')

function setup(username = 'handler') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = { username, displayName: username, department: null, section: null, region: null, roles: ['handler'] }
  return withSetup(useTask, [pinia, createAppI18n('zh-CN')])
}

describe('useTask', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(cases.fetchCase).mockResolvedValue(aCase())
  })

  it('loads the task and then its case', async () => {
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail({ assignee: 'handler' }))
    const state = setup()
    await state.load('t-1')
    expect(tasks.fetchTask).toHaveBeenCalledWith('t-1')
    expect(cases.fetchCase).toHaveBeenCalledWith('SFX-2026-000123')
    expect(state.caseDetail.value?.itemName).toBe('食品经营许可')
    expect(state.mine.value).toBe(true)
  })

  it("counts a task of the absent A post as the backup's own", async () => {
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail({ assignee: 'handler', onBehalfOf: 'handler' }))
    const state = setup('handler2')
    await state.load('t-1')
    expect(state.mine.value).toBe(true)
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail({ assignee: 'handler' }))
    await state.load('t-1')
    expect(state.mine.value).toBe(false)
  })

  it('says when the task is gone', async () => {
    vi.mocked(tasks.fetchTask).mockRejectedValue(httpError(404, { error: 'not_found' }))
    const state = setup()
    await state.load('t-9')
    expect(state.notFound.value).toBe(true)
  })

  it('completes with the outcome after the form values, and keeps the answered case', async () => {
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail({ assignee: 'handler' }))
    vi.mocked(tasks.completeTask).mockResolvedValue(aCase({ status: 'DECIDED' }))
    const state = setup()
    await state.load('t-1')
    const answer = await state.complete('APPROVE', { opinion: '同意', outcome: 'forged' })
    expect(tasks.completeTask).toHaveBeenCalledWith('t-1', { opinion: '同意', outcome: 'APPROVE' })
    expect(answer?.status).toBe('DECIDED')
    expect(state.caseDetail.value?.status).toBe('DECIDED')
  })

  it('lists the field problems the server reports', async () => {
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail({ assignee: 'handler', step: 'pre-check' }))
    vi.mocked(tasks.completeTask).mockRejectedValue(
      httpError(400, { error: 'invalid', message: '办理信息有误', fieldErrors: [{ field: 'missingMaterials', message: '请至少选择一项材料' }] }),
    )
    const state = setup()
    await state.load('t-1')
    expect(await state.complete('REQUEST_CORRECTION', { opinion: '缺材料' })).toBeNull()
    expect(state.problems.value).toEqual(['请至少选择一项材料'])
    expect(state.busy.value).toBeNull()
  })

  it('claims and delegates, keeping the answered task', async () => {
    vi.mocked(tasks.fetchTask).mockResolvedValue(aTaskDetail())
    vi.mocked(tasks.claimTask).mockResolvedValue(aTask({ assignee: 'handler' }))
    vi.mocked(tasks.fetchColleagues).mockResolvedValue([{ username: 'handler2', displayName: '李承办' }])
    vi.mocked(tasks.delegateTask).mockResolvedValue(aTask({ assignee: 'handler2' }))
    const state = setup()
    await state.load('t-1')
    expect(state.mine.value).toBe(false)
    expect(await state.claim()).toBe(true)
    expect(state.mine.value).toBe(true)
    await state.loadColleagues()
    expect(await state.delegate('handler2')).toBe(true)
    expect(tasks.delegateTask).toHaveBeenCalledWith('t-1', 'handler2')
    expect(state.task.value?.assignee).toBe('handler2')
  })
})
