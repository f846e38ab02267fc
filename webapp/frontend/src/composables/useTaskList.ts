import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { claimTask, listTasks, unclaimTask, type Task } from '@/api/tasks'
import { apiProblem } from '@/api/problems'

/** The user's to-do list (GET /api/tasks, most urgent first) with claim and unclaim. */
export function useTaskList() {
  const { t } = useI18n()
  const tasks = ref<Task[]>([])
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)
  /** The task whose claim or unclaim is under way. */
  const busyId = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    errorMessage.value = null
    try {
      tasks.value = await listTasks()
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('casework.common.loadFailed')
    } finally {
      loading.value = false
    }
  }

  function replace(updated: Task): void {
    tasks.value = tasks.value.map((task) => (task.id === updated.id ? updated : task))
  }

  async function change(task: Task, action: (id: string) => Promise<Task>, doneKey: string): Promise<boolean> {
    busyId.value = task.id
    try {
      replace(await action(task.id))
      ElMessage.success(t(doneKey))
      return true
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('casework.common.failed'))
      // Somebody else may have taken it meanwhile: show the list as it is now.
      await load()
      return false
    } finally {
      busyId.value = null
    }
  }

  const claim = (task: Task) => change(task, claimTask, 'casework.tasks.claimed')
  const unclaim = (task: Task) => change(task, unclaimTask, 'casework.tasks.unclaimed')

  return { tasks, loading, errorMessage, busyId, load, claim, unclaim }
}
