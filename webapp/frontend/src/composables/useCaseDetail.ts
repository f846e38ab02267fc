import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { endPause, fetchCase, requestExtension, startPause, type CaseDetail, type PauseRequest } from '@/api/cases'
import { listNotices, type Notice } from '@/api/notices'
import { apiProblem } from '@/api/problems'

export type CaseAction = 'pause' | 'endPause' | 'extension'

/**
 * One case with its notices, for the applicant's and the staff's case pages, plus the
 * staff's special procedures (pauses) and extension request. Each action reloads the case,
 * whose deadlines the server recomputes.
 */
export function useCaseDetail() {
  const { t } = useI18n()
  const detail = ref<CaseDetail | null>(null)
  const notices = ref<Notice[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  const errorMessage = ref<string | null>(null)
  const busy = ref<CaseAction | null>(null)
  let latest = 0

  async function loadNotices(caseNo: string): Promise<void> {
    try {
      notices.value = await listNotices(caseNo)
    } catch (error) {
      // The case is still worth showing without its notices.
      notices.value = []
      console.warn('Could not read the notices', error)
    }
  }

  async function load(caseNo: string): Promise<void> {
    const request = ++latest
    loading.value = true
    notFound.value = false
    errorMessage.value = null
    try {
      const [answer] = await Promise.all([fetchCase(caseNo), loadNotices(caseNo)])
      if (request === latest) detail.value = answer
    } catch (error) {
      if (request !== latest) return
      detail.value = null
      const problem = apiProblem(error)
      if (problem?.status === 404 || problem?.status === 403) notFound.value = true
      else errorMessage.value = problem?.message ?? t('casework.common.loadFailed')
    } finally {
      if (request === latest) loading.value = false
    }
  }

  async function reload(): Promise<void> {
    if (detail.value) await load(detail.value.caseNo)
  }

  /** Run a staff action, say so, and show the case as it is afterwards. */
  async function act<T>(action: CaseAction, call: (caseNo: string) => Promise<T>, doneKey: (answer: T) => string): Promise<boolean> {
    const caseNo = detail.value?.caseNo
    if (!caseNo) return false
    busy.value = action
    try {
      const answer = await call(caseNo)
      ElMessage.success(t(doneKey(answer)))
      await reload()
      return true
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('casework.common.failed'))
      return false
    } finally {
      busy.value = null
    }
  }

  const pause = (request: PauseRequest) => act('pause', (caseNo) => startPause(caseNo, request), () => 'casework.pauses.started')
  const finishPause = (id: number) => act('endPause', (caseNo) => endPause(caseNo, id), () => 'casework.pauses.ended')
  const extend = (reason: string) =>
    act(
      'extension',
      (caseNo) => requestExtension(caseNo, reason),
      (extension) => (extension.status === 'APPROVED' ? 'casework.extension.approved' : 'casework.extension.pending'),
    )

  return { detail, notices, loading, notFound, errorMessage, busy, load, reload, pause, finishPause, extend }
}
