import { useI18n } from 'vue-i18n'
import type { CaseStatus } from '@/api/cases'
import { deadlineLevel } from '@/utils/deadline'
import type { TagType } from './useCatalogLabels'

const STATUS_TAGS: Record<CaseStatus, TagType> = {
  RECEIVED: 'info',
  CORRECTION_REQUESTED: 'warning',
  IN_PROGRESS: 'primary',
  PAUSED: 'warning',
  DECIDED: 'success',
  CLOSED: 'info',
  NOT_ACCEPTED: 'danger',
}

/**
 * Translated names of the casework codes (statuses, steps, outcomes, timeline kinds,
 * notice types, special procedures) and deadline texts. Unknown codes are shown as they are.
 */
export function useCaseworkLabels() {
  const { t, te } = useI18n()

  function label(group: string, code: string | null | undefined): string {
    if (!code) return ''
    const key = `casework.${group}.${code}`
    return te(key) ? t(key) : code
  }

  const statusLabel = (status: string | null | undefined) => label('statuses', status)
  const decisionLabel = (decision: string | null | undefined) => label('decisions', decision)
  const channelLabel = (channel: string | null | undefined) => label('channels', channel)
  const timelineLabel = (kind: string | null | undefined) => label('timeline', kind)
  const noticeTypeLabel = (type: string | null | undefined) => label('noticeTypes', type)
  const pauseKindLabel = (kind: string | null | undefined) => label('pauseKinds', kind)
  const extensionStatusLabel = (status: string | null | undefined) => label('extensionStatuses', status)

  /** A step's name; the server's own name when the code is unknown here. */
  function stepLabel(step: string | null | undefined, serverName?: string | null): string {
    if (step && te(`casework.steps.${step}`)) return t(`casework.steps.${step}`)
    return serverName || step || ''
  }

  /**
   * An outcome's button text. A few steps word it their own way: the deciding leader and an
   * on-the-spot pre-check grant or refuse the licence (准予/不予许可), chain steps agree or not.
   */
  function outcomeLabel(outcome: string, step?: string | null): string {
    const own = step ? `casework.stepOutcomes.${step}.${outcome}` : ''
    if (own && te(own)) return t(own)
    return label('outcomes', outcome)
  }

  function statusTag(status: string): TagType {
    return STATUS_TAGS[status as CaseStatus] ?? 'info'
  }

  /** "已超期", "剩余 3 个工作日", or "" when no deadline runs. */
  function deadlineText(workingDaysLeft: number | null | undefined): string {
    const level = deadlineLevel(workingDaysLeft)
    if (level === 'none') return ''
    if (level === 'overdue') return t('casework.deadline.overdue')
    return t('casework.deadline.left', { days: workingDaysLeft }, workingDaysLeft as number)
  }

  return {
    statusLabel,
    statusTag,
    decisionLabel,
    channelLabel,
    timelineLabel,
    noticeTypeLabel,
    pauseKindLabel,
    extensionStatusLabel,
    stepLabel,
    outcomeLabel,
    deadlineText,
  }
}
