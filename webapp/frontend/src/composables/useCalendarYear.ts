import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  fetchCalendarYear,
  fetchCalendarYears,
  saveCalendarYear,
  type CalendarYear,
  type CalendarYearSummary,
} from '@/api/calendar'
import { serverMessage } from '@/api/errors'
import {
  nextKind,
  parseScheduleJson,
  scheduleBody,
  specialDaysOf,
  type SpecialDay,
  type SpecialKind,
} from '@/utils/calendarYear'

/**
 * One year of the working-day calendar being edited: the schedule as loaded, an editable
 * copy of its special days, and the actions of the calendar editor.
 */
export function useCalendarYear(initialYear: number) {
  const { t } = useI18n()
  const year = ref(initialYear)
  const loaded = ref<CalendarYear | null>(null)
  const years = ref<CalendarYearSummary[]>([])
  const special = ref(new Map<string, SpecialDay>())
  /** Saved with the schedule: an expectation entered before the official one is published. */
  const provisional = ref(false)
  const selected = ref<string | null>(null)
  const busy = ref(false)
  /** The last failure, e.g. the server's validation message naming the field. */
  const error = ref<string | null>(null)

  /** A schedule has been loaded for the year (else weekends only, provisional). */
  const scheduled = computed(() => loaded.value?.updatedAt != null)

  const dirty = computed(() => {
    if (!loaded.value) return false
    const baseline = scheduleBody(specialDaysOf(loaded.value), scheduled.value && loaded.value.provisional)
    return JSON.stringify(scheduleBody(special.value, provisional.value)) !== JSON.stringify(baseline)
  })

  const counts = computed(() => {
    const kinds = [...special.value.values()].map((day) => day.kind)
    return {
      daysOff: kinds.filter((kind) => kind === 'dayOff').length,
      makeUp: kinds.filter((kind) => kind === 'makeUp').length,
    }
  })

  function show(answer: CalendarYear): void {
    loaded.value = answer
    year.value = answer.year
    special.value = specialDaysOf(answer)
    provisional.value = answer.updatedAt != null && answer.provisional
    selected.value = null
  }

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await action()
    } catch (failure) {
      error.value = serverMessage(failure) ?? t('calendar.failed')
      return undefined
    } finally {
      busy.value = false
    }
  }

  async function refreshYears(): Promise<void> {
    await run(async () => {
      years.value = await fetchCalendarYears()
    })
  }

  async function load(target: number = year.value): Promise<void> {
    await run(async () => show(await fetchCalendarYear(target)))
  }

  /** Normal → day off → make-up working day → normal; the day becomes the selected one. */
  function cycle(date: string): void {
    const current = special.value.get(date)
    setKind(date, nextKind(current?.kind))
    selected.value = date
  }

  function setKind(date: string, kind: SpecialKind | undefined): void {
    if (kind === undefined) special.value.delete(date)
    else special.value.set(date, { kind, name: special.value.get(date)?.name ?? '' })
  }

  function setName(date: string, name: string): void {
    const day = special.value.get(date)
    if (day) special.value.set(date, { ...day, name })
  }

  async function saved(answer: CalendarYear): Promise<void> {
    show(answer)
    ElMessage.success(t('calendar.saved', { year: answer.year, count: answer.timersRecalculated ?? 0 }))
    years.value = await fetchCalendarYears().catch(() => years.value)
  }

  /** PUT the edited schedule; answers whether it was saved. */
  async function save(): Promise<boolean> {
    const answer = await run(() => saveCalendarYear(year.value, scheduleBody(special.value, provisional.value)))
    if (answer) await saved(answer)
    return answer !== undefined
  }

  /**
   * PUT pasted or uploaded JSON as it is, so that the server's messages name the field at
   * fault; answers whether it was saved.
   */
  async function importText(text: string): Promise<boolean> {
    const parsed = parseScheduleJson(text)
    if (!parsed.ok) {
      error.value = t('calendar.importDialog.notJson', { reason: parsed.reason })
      return false
    }
    const answer = await run(() => saveCalendarYear(year.value, parsed.value))
    if (answer) await saved(answer)
    return answer !== undefined
  }

  /** The edited schedule as the JSON a later import (or PUT) takes. */
  function exportText(): string {
    return JSON.stringify(scheduleBody(special.value, provisional.value), null, 2)
  }

  function discard(): void {
    if (loaded.value) show(loaded.value)
    error.value = null
  }

  return {
    year,
    loaded,
    years,
    special,
    provisional,
    selected,
    busy,
    error,
    scheduled,
    dirty,
    counts,
    refreshYears,
    load,
    cycle,
    setKind,
    setName,
    save,
    importText,
    exportText,
    discard,
  }
}
