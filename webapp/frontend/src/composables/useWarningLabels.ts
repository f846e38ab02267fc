import { useI18n } from 'vue-i18n'
import type { WarningLevel } from '@/api/warnings'
import type { TagType } from './useCatalogLabels'

/** The colours of the levels: 提示 grey, 黄牌 yellow, 红牌 red, 异常 blue. */
export const LEVEL_TAGS: Record<WarningLevel, TagType> = {
  REMINDER: 'info',
  YELLOW: 'warning',
  RED: 'danger',
  ANOMALY: 'primary',
}

/**
 * Translated names of the warning codes (levels, statuses, kinds). A kind a newer server
 * added is shown as its code rather than hidden.
 */
export function useWarningLabels() {
  const { t, te } = useI18n()

  function label(group: string, code: string | null | undefined): string {
    if (!code) return ''
    const key = `warnings.${group}.${code}`
    return te(key) ? t(key) : code
  }

  const levelLabel = (level: string | null | undefined) => label('levels', level)
  const statusLabel = (status: string | null | undefined) => label('statuses', status)
  const kindLabel = (kind: string | null | undefined) => label('kinds', kind)
  const levelTag = (level: string | null | undefined): TagType => LEVEL_TAGS[level as WarningLevel] ?? 'info'

  return { levelLabel, statusLabel, kindLabel, levelTag }
}
