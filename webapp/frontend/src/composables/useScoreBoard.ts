import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  getBulletinAvailability,
  getScores,
  getScoreTrend,
  getStaffScores,
  scoreBulletinUrl,
  type BulletinAvailability,
  type DepartmentScore,
  type StaffScore,
  type TrendPoint,
} from '@/api/scores'
import { serverMessage } from '@/api/errors'
import { fetchRegions, type OrganisationRegion } from '@/api/organisation'

export type PeriodKind = 'month' | 'quarter' | 'year'

/** The period key the API reads: 2026-03, 2026-Q1 or 2026. */
export function periodKey(kind: PeriodKind, year: number, part: number): string {
  if (kind === 'month') return `${year}-${String(part).padStart(2, '0')}`
  if (kind === 'quarter') return `${year}-Q${part}`
  return String(year)
}

/** Tag colour of a grade (优秀 … 不合格). */
export function gradeType(grade: string | null): 'success' | 'primary' | 'warning' | 'danger' | 'info' {
  return ({ 优秀: 'success', 良好: 'primary', 合格: 'warning', 不合格: 'danger' } as const)[grade ?? ''] ?? 'info'
}

/** A rate as a percentage with one decimal, or a dash. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}

/**
 * The score dashboard: a period (month, quarter or year) and region, the ranking of its
 * departments, the month-by-month trend of the period's year, and one department's staff
 * when drilled into.
 */
export function useScoreBoard(today: Date = new Date()) {
  const { t } = useI18n()
  const kind = ref<PeriodKind>('month')
  const year = ref(today.getFullYear())
  const part = ref(today.getMonth() + 1)
  const region = ref<string | undefined>(undefined)
  const rows = shallowRef<DepartmentScore[]>([])
  const trend = shallowRef<TrendPoint[]>([])
  const staff = shallowRef<StaffScore[]>([])
  const drilled = ref<DepartmentScore | null>(null)
  const regions = shallowRef<OrganisationRegion[]>([])
  const loading = ref(false)
  const errorMessage = ref('')

  const period = computed(() => periodKey(kind.value, year.value, part.value))
  const bulletinUrl = computed(() => scoreBulletinUrl(period.value, region.value))
  const bulletin = shallowRef<BulletinAvailability | null>(null)
  const bulletinAsked = ref('')
  /**
   * Whether the bulletin link leads to a PDF: false only when the server said that no
   * bulletin of the chosen period and region was issued and the caller may not issue one
   * (an auditor before the bureau's first), which would otherwise download a 404.
   */
  const bulletinOffered = computed(
    () =>
      bulletinAsked.value !== bulletinUrl.value ||
      bulletin.value === null ||
      bulletin.value.mayIssue ||
      bulletin.value.latestSerialNo !== null,
  )

  function setKind(next: PeriodKind): void {
    kind.value = next
    part.value = next === 'month' ? today.getMonth() + 1 : next === 'quarter' ? Math.floor(today.getMonth() / 3) + 1 : 0
  }

  async function load(): Promise<void> {
    loading.value = true
    try {
      const [scored, months] = await Promise.all([
        getScores(period.value, region.value),
        getScoreTrend(String(year.value), region.value),
      ])
      rows.value = scored
      trend.value = months
      errorMessage.value = ''
      if (drilled.value) await drill(scored.find((row) => row.department.code === drilled.value?.department.code) ?? null)
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('scores.loadFailed')
    } finally {
      loading.value = false
    }
  }

  /** Asks whether the chosen period's bulletin exists (a failure keeps the link offered). */
  async function loadBulletin(): Promise<void> {
    const asked = bulletinUrl.value
    try {
      const answer = await getBulletinAvailability(period.value, region.value)
      bulletin.value = answer
      bulletinAsked.value = asked
    } catch {
      bulletin.value = null
    }
  }

  /** The regions to drill into (a failure leaves the user's own region, the default). */
  async function loadRegions(): Promise<void> {
    try {
      regions.value = await fetchRegions()
    } catch {
      regions.value = []
    }
  }

  /** Shows one department's staff (or none when `row` is null). */
  async function drill(row: DepartmentScore | null): Promise<void> {
    drilled.value = row
    staff.value = []
    if (!row) return
    try {
      staff.value = await getStaffScores(period.value, row.department.code)
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('scores.loadFailed')
    }
  }

  return {
    kind,
    year,
    part,
    region,
    regions,
    period,
    rows,
    trend,
    staff,
    drilled,
    loading,
    errorMessage,
    bulletinUrl,
    bulletin,
    bulletinOffered,
    setKind,
    load,
    loadBulletin,
    loadRegions,
    drill,
  }
}
