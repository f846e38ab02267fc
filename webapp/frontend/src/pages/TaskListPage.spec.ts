import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createPinia } from 'pinia'
import { vLoading } from 'element-plus'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { aTask } from '@/testing/caseworkFixtures'
import TaskListPage from './TaskListPage.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  listTasks: vi.fn(),
  claimTask: vi.fn(),
  unclaimTask: vi.fn(),
}))
vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const tasks = await import('@/api/tasks')
let wrapper: VueWrapper | null = null

const list = [
  aTask({ id: 't-1', caseNo: 'SFX-2026-000101', workingDaysLeft: -1, assignee: 'handler' }),
  aTask({ id: 't-2', caseNo: 'SFX-2026-000102', workingDaysLeft: 1, assignee: 'handler', onBehalfOf: 'handler' }),
  aTask({ id: 't-3', caseNo: 'SFX-2026-000103', workingDaysLeft: 3, step: 'section-head', stepName: '科室负责人审核' }),
  aTask({ id: 't-4', caseNo: 'SFX-2026-000104', workingDaysLeft: 8 }),
]

async function open() {
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: 'handler', displayName: '刘承办', department: null, section: null, region: null, roles: ['handler'] }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/work/tasks', name: 'tasks', component: TaskListPage },
      { path: '/work/tasks/:id', name: 'task', component: { render: () => null } },
    ],
  })
  await router.push('/work/tasks')
  await router.isReady()
  wrapper = mount(RouterView, { global: { plugins: [router, pinia, createAppI18n('zh-CN')], directives: { loading: vLoading } } })
  await flushPromises()
  return { router }
}

const rows = () => wrapper!.findAll('[data-test="task-row"]')

describe('TaskListPage', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(tasks.listTasks).mockResolvedValue(list)
  })
  afterEach(() => wrapper?.unmount())

  it('lists the tasks in the server order with coloured deadline badges', async () => {
    await open()
    expect(rows().map((row) => row.find('[data-test="task-case-no"]').text())).toEqual([
      'SFX-2026-000101',
      'SFX-2026-000102',
      'SFX-2026-000103',
      'SFX-2026-000104',
    ])
    const badges = rows().map((row) => row.find('[data-test="deadline-badge"]'))
    expect(badges.map((badge) => badge.text())).toEqual(['已超期', '剩余 1 个工作日', '剩余 3 个工作日', '剩余 8 个工作日'])
    expect(badges[0]?.classes()).toContain('el-tag--danger')
    expect(badges[1]?.classes()).toContain('deadline-badge--due')
    expect(badges[2]?.classes()).toContain('el-tag--warning')
    expect(badges[3]?.classes()).toContain('el-tag--success')
    expect(rows()[2]?.find('[data-test="task-step"]').text()).toBe('科室负责人审核')
  })

  it('tags the tasks done on behalf of an absent colleague', async () => {
    await open()
    expect(rows().map((row) => row.find('[data-test="task-on-behalf"]').exists())).toEqual([false, true, false, false])
    expect(rows()[1]?.find('[data-test="task-on-behalf"]').text()).toBe('代办')
  })

  it('claims an unclaimed task and hands back one of mine without opening it', async () => {
    vi.mocked(tasks.claimTask).mockResolvedValue({ ...list[2]!, assignee: 'handler' })
    vi.mocked(tasks.unclaimTask).mockResolvedValue({ ...list[0]!, assignee: null })
    const { router } = await open()
    await rows()[2]!.find('[data-test="task-claim"]').trigger('click')
    await flushPromises()
    expect(tasks.claimTask).toHaveBeenCalledWith('t-3')
    expect(rows()[2]!.find('[data-test="task-unclaim"]').exists()).toBe(true)
    await rows()[0]!.find('[data-test="task-unclaim"]').trigger('click')
    await flushPromises()
    expect(tasks.unclaimTask).toHaveBeenCalledWith('t-1')
    expect(router.currentRoute.value.name).toBe('tasks')
  })

  it('opens the task page on a click on the row', async () => {
    const { router } = await open()
    await rows()[3]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/work/tasks/t-4')
  })
})
