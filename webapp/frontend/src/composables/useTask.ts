import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { fetchCase, type CaseDetail } from '@/api/cases'
import { apiProblem } from '@/api/problems'
import {
  claimTask,
  completeTask,
  delegateTask,
  fetchColleagues,
  fetchTask,
  unclaimTask,
  type Colleague,
  type Task,
  type TaskDetail,
} from '@/api/tasks'
import { useSessionStore } from '@/stores/session'

export type TaskAction = 'claim' | 'unclaim' | 'complete' | 'delegate'

/**
 * One task on the task page: the task with its form, the case it belongs to, and what can
 * be done with it (claim, unclaim, delegate, complete with an outcome).
 */
export function useTask() {
  const { t } = useI18n()
  const session = useSessionStore()
  const detail = ref<TaskDetail | null>(null)
  const caseDetail = ref<CaseDetail | null>(null)
  const colleagues = ref<Colleague[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  const errorMessage = ref<string | null>(null)
  /** Server messages of the last failed completion, one line each. */
  const problems = ref<string[]>([])
  const busy = ref<TaskAction | null>(null)

  const task = computed<Task | null>(() => detail.value?.task ?? null)
  /** Assigned to the user, or to the absent A post the user stands in for. */
  const mine = computed(() => {
    const current = task.value
    const me = session.user?.username
    if (!current?.assignee || !me) return false
    return current.assignee === me || (current.onBehalfOf !== null && current.assignee === current.onBehalfOf)
  })

  async function load(id: string): Promise<void> {
    loading.value = true
    notFound.value = false
    errorMessage.value = null
    problems.value = []
    try {
      detail.value = await fetchTask(id)
      caseDetail.value = await fetchCase(detail.value.task.caseNo)
    } catch (error) {
      const problem = apiProblem(error)
      if (problem?.status === 404) notFound.value = true
      else errorMessage.value = problem?.message ?? t('casework.common.loadFailed')
    } finally {
      loading.value = false
    }
  }

  async function run<T>(action: TaskAction, call: () => Promise<T>): Promise<T | null> {
    busy.value = action
    problems.value = []
    try {
      return await call()
    } catch (error) {
      const problem = apiProblem(error)
      const lines = problem?.fieldErrors.map((entry) => entry.message) ?? []
      problems.value = lines.length > 0 ? lines : [problem?.message ?? t('casework.common.failed')]
      return null
    } finally {
      busy.value = null
    }
  }

  function setTask(updated: Task | null): boolean {
    if (!updated || !detail.value) return false
    detail.value = { ...detail.value, task: updated }
    return true
  }

  async function claim(): Promise<boolean> {
    const id = task.value?.id
    return id ? setTask(await run('claim', () => claimTask(id))) : false
  }

  async function unclaim(): Promise<boolean> {
    const id = task.value?.id
    return id ? setTask(await run('unclaim', () => unclaimTask(id))) : false
  }

  async function loadColleagues(): Promise<void> {
    const id = task.value?.id
    if (!id) return
    try {
      colleagues.value = await fetchColleagues(id)
    } catch (error) {
      colleagues.value = []
      ElMessage.error(apiProblem(error)?.message ?? t('casework.common.loadFailed'))
    }
  }

  async function delegate(username: string): Promise<boolean> {
    const id = task.value?.id
    if (!id) return false
    const done = setTask(await run('delegate', () => delegateTask(id, username)))
    if (done) {
      const name = colleagues.value.find((colleague) => colleague.username === username)?.displayName ?? username
      ElMessage.success(t('casework.task.delegated', { name }))
    }
    return done
  }

  /** POST the outcome with the form's values; answers the case afterwards, or null. */
  async function complete(outcome: string, values: Record<string, unknown>): Promise<CaseDetail | null> {
    const id = task.value?.id
    if (!id) return null
    const answer = await run('complete', () => completeTask(id, { ...values, outcome }))
    if (answer) caseDetail.value = answer
    return answer
  }

  return {
    detail,
    task,
    caseDetail,
    colleagues,
    loading,
    notFound,
    errorMessage,
    problems,
    busy,
    mine,
    load,
    claim,
    unclaim,
    loadColleagues,
    delegate,
    complete,
  }
}
