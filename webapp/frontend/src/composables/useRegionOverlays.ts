import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { fetchRegionOverlays, saveRegionOverlays, type NamedDay, type RegionOverlays } from '@/api/calendar'
import { serverMessage } from '@/api/errors'
import { fetchRegions, type OrganisationRegion } from '@/api/organisation'
import { isWithinRegion, regionTree } from '@/utils/regionTree'

/** One editable line of the panel; `date` is null until picked. */
export interface OverlayRow {
  date: string | null
  name: string
}

/** Who is editing: administrators edit every region, a reform office its own and those below. */
export interface OverlayEditor {
  admin: boolean
  regionCode: string | null
}

/** The server names a row as `daysOff[2]` or `daysOff[2].date`. */
const ROW_IN_MESSAGE = /daysOff\[(\d+)\]/

function rowsOf(days: readonly NamedDay[]): OverlayRow[] {
  return days.map((day) => ({ date: day.date, name: day.name ?? '' }))
}

function bodyOf(rows: readonly OverlayRow[]): { daysOff: NamedDay[] } {
  return {
    daysOff: rows.map((row) => ({ date: row.date ?? '', name: row.name.trim() === '' ? null : row.name.trim() })),
  }
}

/**
 * The regional days off (地方性假日) of one region at a time: the region tree to pick
 * from, an editable copy of the region's days off and the actions of the panel.
 */
export function useRegionOverlays(editor: () => OverlayEditor) {
  const { t } = useI18n()
  const regions = ref<OrganisationRegion[]>([])
  const regionCode = ref<string | null>(null)
  const loaded = ref<RegionOverlays | null>(null)
  const rows = ref<OverlayRow[]>([])
  const busy = ref(false)
  /** The last failure, e.g. the server's message naming `daysOff[1]`. */
  const error = ref<string | null>(null)
  /** Timers the last save moved; null before any save of this region. */
  const timersRecalculated = ref<number | null>(null)

  const tree = computed(() => regionTree(regions.value))

  const editable = computed(() => {
    const code = regionCode.value
    const who = editor()
    if (!code) return false
    if (who.admin) return true
    return who.regionCode !== null && isWithinRegion(regions.value, code, who.regionCode)
  })

  const dirty = computed(
    () => loaded.value !== null && JSON.stringify(bodyOf(rows.value)) !== JSON.stringify(bodyOf(rowsOf(loaded.value.daysOff))),
  )

  /** The row the last error names, to mark it; null when it names none. */
  const errorRow = computed(() => {
    const match = error.value ? ROW_IN_MESSAGE.exec(error.value) : null
    return match ? Number(match[1]) : null
  })

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await action()
    } catch (failure) {
      error.value = serverMessage(failure) ?? t('calendar.regional.failed')
      return undefined
    } finally {
      busy.value = false
    }
  }

  function show(answer: RegionOverlays): void {
    loaded.value = answer
    rows.value = rowsOf(answer.daysOff)
  }

  /** Reads the regions and opens the editor's own region (or the first one). */
  async function loadRegions(): Promise<void> {
    await run(async () => {
      regions.value = await fetchRegions()
    })
    const own = editor().regionCode
    const first = tree.value.find((node) => node.code === own) ?? tree.value[0]
    if (first && regionCode.value === null) await select(first.code)
  }

  async function select(code: string): Promise<void> {
    regionCode.value = code
    timersRecalculated.value = null
    loaded.value = null
    rows.value = []
    await run(async () => show(await fetchRegionOverlays(code)))
  }

  function addRow(): void {
    rows.value = [...rows.value, { date: null, name: '' }]
  }

  function removeRow(index: number): void {
    rows.value = rows.value.filter((_, position) => position !== index)
  }

  /** PUT the rows; a row without a date is caught here, everything else by the server. */
  async function save(): Promise<boolean> {
    const code = regionCode.value
    if (!code) return false
    const missing = rows.value.findIndex((row) => !row.date)
    if (missing >= 0) {
      error.value = t('calendar.regional.dateRequired', { row: `daysOff[${missing}]`, line: missing + 1 })
      return false
    }
    const answer = await run(() => saveRegionOverlays(code, bodyOf(rows.value)))
    if (!answer) return false
    show(answer)
    timersRecalculated.value = answer.timersRecalculated ?? 0
    return true
  }

  function discard(): void {
    if (loaded.value) show(loaded.value)
    error.value = null
  }

  return {
    regions,
    tree,
    regionCode,
    loaded,
    rows,
    busy,
    error,
    errorRow,
    timersRecalculated,
    editable,
    dirty,
    loadRegions,
    select,
    addRow,
    removeRow,
    save,
    discard,
  }
}
