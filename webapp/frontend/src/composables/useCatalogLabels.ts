import { useI18n } from 'vue-i18n'
import type { ItemKind, ItemStatus, LimitUnit, MaterialForm, TimeLimit } from '@/api/catalog'

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const STATUS_TAGS: Record<ItemStatus, TagType> = {
  DRAFT: 'warning',
  PUBLISHED: 'success',
  RETIRED: 'danger',
  SUPERSEDED: 'info',
}

/**
 * Translated names of the catalog's codes (kinds, statuses, units, material forms) and
 * time limits as people read them ("20 个工作日"). Unknown codes are shown as they are.
 */
export function useCatalogLabels() {
  const { t, te } = useI18n()

  function label(group: string, code: string | null | undefined): string {
    if (!code) return ''
    const key = `catalog.${group}.${code}`
    return te(key) ? t(key) : code
  }

  const kindLabel = (kind: ItemKind | string | null | undefined) => label('kinds', kind)
  const statusLabel = (status: ItemStatus | string | null | undefined) => label('statuses', status)
  const unitLabel = (unit: LimitUnit | string | null | undefined) => label('units', unit)
  const materialFormLabel = (form: MaterialForm | string | null | undefined) => label('materialForms', form)
  const applicantTypeLabel = (type: string | null | undefined) => label('applicantTypes', type)

  function statusTag(status: ItemStatus | string): TagType {
    return STATUS_TAGS[status as ItemStatus] ?? 'info'
  }

  /** "20 个工作日"; "—" when the limit is not set. */
  function limitText(limit: { value: number | null; unit: LimitUnit } | TimeLimit | null | undefined): string {
    if (!limit || limit.value === null || limit.value === undefined) return '—'
    return t('catalog.limitValue', { value: limit.value, unit: unitLabel(limit.unit) })
  }

  /** The promised limit, or "即办" for an on-the-spot item that promises 0 days. */
  function promisedText(item: { promisedLimit: TimeLimit | null; onTheSpot: boolean }): string {
    if (item.onTheSpot && item.promisedLimit?.value === 0) return t('catalog.immediately')
    return limitText(item.promisedLimit)
  }

  return { kindLabel, statusLabel, unitLabel, materialFormLabel, applicantTypeLabel, statusTag, limitText, promisedText }
}
