import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createPinia } from 'pinia'
import { vLoading } from 'element-plus'
import type { TaskDetail } from '@/api/tasks'
import { createAppI18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { aCase, aTaskDetail } from '@/testing/caseworkFixtures'
import { formSchema } from '@/testing/forms'
import TaskPage from './TaskPage.vue'
import { preactFramesSettled } from '@/testing/formJsFrames'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  fetchTask: vi.fn(),
  claimTask: vi.fn(),
  completeTask: vi.fn(),
}))
vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  fetchCase: vi.fn(),
}))
vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn(), warning: vi.fn() },
  ElMessageBox: { confirm: vi.fn() },
}))

const tasks = await import('@/api/tasks')
const cases = await import('@/api/cases')
const { ElMessage, ElMessageBox } = await import('element-plus')

let wrapper: VueWrapper | null = null

/** A pre-check task of the logged-in clerk, with the real pre-check form. */
function preCheck(data: Record<string, unknown> = {}, assignee: string | null = 'clerk'): TaskDetail {
  const detail = aTaskDetail(
    { step: 'pre-check', stepName: '受理审查', outcomes: ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT'], assignee },
    formSchema('licensing-pre-check'),
  )
  detail.form.data = { materialOptions: [{ label: '场所平面图', value: '场所平面图' }], ...data }
  return detail
}

async function open(detail: TaskDetail) {
  vi.mocked(tasks.fetchTask).mockResolvedValue(detail)
  const pinia = createPinia()
  useSessionStore(pinia).user = { username: 'clerk', displayName: '王窗口', department: null, section: null, region: null, roles: ['clerk'] }
  const blank = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/work/tasks', name: 'tasks', component: blank },
      { path: '/work/tasks/:id', name: 'task', component: TaskPage, props: true },
      { path: '/work/cases/:caseNo', name: 'case', component: blank },
    ],
  })
  await router.push('/work/tasks/t-1')
  await router.isReady()
  wrapper = mount(RouterView, {
    attachTo: document.body,
    global: { plugins: [router, pinia, createAppI18n('zh-CN')], directives: { loading: vLoading } },
  })
  await flushPromises()
  return { router }
}

const button = (outcome: string) => wrapper!.find(`[data-test="outcome-${outcome}"]`)

afterAll(preactFramesSettled)

describe('TaskPage', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    vi.mocked(cases.fetchCase).mockResolvedValue(aCase({ status: 'RECEIVED' }))
    vi.mocked(ElMessageBox.confirm).mockResolvedValue('confirm' as never)
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('shows one button per outcome, the case and its materials to preview', async () => {
    await open(preCheck())
    expect(wrapper!.find('[data-test="task-title"]').text()).toBe('受理审查 · 食品经营许可')
    expect(wrapper!.findAll('[data-test="task-outcomes"] button').map((b) => b.text())).toEqual(['受理', '一次性告知补正', '不予受理'])
    const preview = wrapper!.find('[data-test="task-materials"] [data-test="case-material-link"]')
    expect(preview.attributes('href')).toBe('/api/cases/SFX-2026-000123/materials/31')
    expect(preview.attributes('target')).toBe('_blank')
    expect(wrapper!.text()).toContain('审查意见')
  })

  it('does not claim "no form" under a form, and does when there is none', async () => {
    await open(preCheck())
    expect(wrapper!.find('[data-test="task-form"]').exists()).toBe(true)
    expect(wrapper!.find('[data-test="task-no-form"]').exists()).toBe(false)
    wrapper!.unmount()
    await open(aTaskDetail({ step: 'delivery', stepName: '送达', outcomes: ['DELIVERED'], assignee: 'clerk' }))
    expect(wrapper!.find('[data-test="task-no-form"]').text()).toBe('此环节无需填写表单')
  })

  it('shows the earlier opinions and the stand-in\'s display name', async () => {
    vi.mocked(cases.fetchCase).mockResolvedValue(
      aCase({
        timeline: [
          { at: '2026-10-14T02:00:00Z', kind: 'RETURNED', actor: 'head', actorName: '赵科长', step: 'section-head', outcome: 'RETURN', opinion: '缺少签字', detail: null, anomaly: false },
        ],
      }),
    )
    await open(aTaskDetail({ assignee: 'handler', onBehalfOf: 'handler', onBehalfOfName: '李承办' }))
    expect(wrapper!.find('[data-test="task-return-reason"]').text()).toBe('缺少签字')
    expect(wrapper!.find('[data-test="task-on-behalf"]').text()).toBe('代 李承办 办理')
  })

  it('posts the outcome with the form values and goes back to the to-do list', async () => {
    vi.mocked(tasks.completeTask).mockResolvedValue(aCase({ status: 'IN_PROGRESS' }))
    const { router } = await open(preCheck({ opinion: '材料齐全，予以受理' }))
    await button('ACCEPT').trigger('click')
    await flushPromises()
    expect(ElMessageBox.confirm).toHaveBeenCalledWith('确定以“受理”办结此环节吗？', expect.any(String), expect.any(Object))
    expect(tasks.completeTask).toHaveBeenCalledWith('t-1', expect.objectContaining({ outcome: 'ACCEPT', opinion: '材料齐全，予以受理' }))
    expect(vi.mocked(tasks.completeTask).mock.calls[0]![1]).not.toHaveProperty('materialOptions')
    expect(router.currentRoute.value.name).toBe('tasks')
  })

  it('does not post while the form is invalid', async () => {
    await open(preCheck())
    await button('ACCEPT').trigger('click')
    await flushPromises()
    expect(tasks.completeTask).not.toHaveBeenCalled()
    expect(ElMessage.error).toHaveBeenCalledWith('请检查表单中标红的字段')
  })

  it('asks for the materials to supply before requesting a correction', async () => {
    await open(preCheck({ opinion: '缺少平面图' }))
    await button('REQUEST_CORRECTION').trigger('click')
    await flushPromises()
    expect(tasks.completeTask).not.toHaveBeenCalled()
    expect(ElMessage.error).toHaveBeenCalledWith('选择“一次性告知补正”时请填写：缺少或不符合要求的材料')
  })

  it('wants an unclaimed task claimed first', async () => {
    vi.mocked(tasks.claimTask).mockResolvedValue(preCheck({}, 'clerk').task)
    await open(preCheck({}, null))
    expect(button('ACCEPT').attributes('disabled')).toBeDefined()
    await wrapper!.find('[data-test="task-claim"]').trigger('click')
    await flushPromises()
    expect(tasks.claimTask).toHaveBeenCalledWith('t-1')
    expect(button('ACCEPT').attributes('disabled')).toBeUndefined()
  })
})
