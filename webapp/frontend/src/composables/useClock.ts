import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { fetchClock, resetClock, setClock } from '@/api/clock'
import { errorStatus, serverMessage } from '@/api/errors'
import type { ClockState } from '@/api/types'
import { useSessionStore } from '@/stores/session'
import { fromPlatformWallTime } from '@/utils/time'

/** State and actions of the simulated platform clock (admin only). */
export function useClock() {
  const { t } = useI18n()
  const session = useSessionStore()
  const clock = ref<ClockState | null>(null)
  /** false once the server answered 404 (simulation switched off). */
  const available = ref(true)
  const busy = ref(false)

  async function run(action: () => Promise<ClockState>, success?: string): Promise<void> {
    busy.value = true
    try {
      clock.value = await action()
      available.value = true
      if (success) ElMessage.success(success)
    } catch (error) {
      if (errorStatus(error) === 404) {
        // Simulation was switched off: stop offering the menu entry as well.
        available.value = false
        session.clockAvailable = false
      }
      else ElMessage.error(serverMessage(error) ?? t('clock.failed'))
    } finally {
      busy.value = false
    }
  }

  const refresh = () => run(() => fetchClock())

  /** Move the clock to a Shanghai wall time "YYYY-MM-DDTHH:mm:ss". */
  const moveTo = (wallTime: string) =>
    run(() => setClock(fromPlatformWallTime(wallTime)), t('clock.moved'))

  const reset = () => run(resetClock, t('clock.resetDone'))

  return { clock, available, busy, refresh, moveTo, reset }
}
