import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { listAuditEntries, verifyAuditChain, type AuditRecord, type ChainVerification } from '@/api/audit'
import { apiProblem } from '@/api/problems'
import { useFilteredPages } from './useFilteredPages'

export interface AuditFilters {
  user: string
  caseNo: string
  action: string
  /** [from, to] as YYYY-MM-DD, both included, or null for any day. */
  days: [string, string] | null
}

/**
 * The audit log page's state: a filtered, paged list of entries (GET /api/audit/entries)
 * and the chain verification (GET /api/audit/verify) with its result.
 */
export function useAuditLog() {
  const { t } = useI18n()
  const pages = useFilteredPages<AuditFilters, AuditRecord>(
    () => ({ user: '', caseNo: '', action: '', days: null }),
    (filters, page) =>
      listAuditEntries({
        user: filters.user.trim(),
        caseNo: filters.caseNo.trim(),
        action: filters.action,
        from: filters.days?.[0],
        to: filters.days?.[1],
        page,
      }),
    'audit.log.loadFailed',
  )

  const verification = ref<ChainVerification | null>(null)
  const verifying = ref(false)
  const verifyError = ref<string | null>(null)

  async function verify(): Promise<void> {
    verifying.value = true
    verifyError.value = null
    try {
      verification.value = await verifyAuditChain()
    } catch (error) {
      verification.value = null
      verifyError.value = apiProblem(error)?.message ?? t('audit.log.verifyFailed')
    } finally {
      verifying.value = false
    }
  }

  return { ...pages, verification, verifying, verifyError, verify }
}
