import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  searchArchive,
  verifyBySerial,
  verifyByUpload,
  type ArchivedNotice,
  type NoticeCheck,
  type UploadCheck,
} from '@/api/archive'
import { apiProblem } from '@/api/problems'
import { useFilteredPages } from './useFilteredPages'

export interface ArchiveFilters {
  caseNo: string
  type: string
  department: string
  /** [from, to] as YYYY-MM-DD, both included, or null for any day. */
  days: [string, string] | null
}

/** The largest PDF the server verifies (platform.archive.max-upload-size). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/**
 * The auditor archive's state: the notice search (GET /api/archive/notices) and the two
 * verifications, by serial number and by an uploaded PDF.
 */
export function useNoticeArchive() {
  const { t } = useI18n()
  const pages = useFilteredPages<ArchiveFilters, ArchivedNotice>(
    () => ({ caseNo: '', type: '', department: '', days: null }),
    (filters, page) =>
      searchArchive({
        caseNo: filters.caseNo.trim(),
        type: filters.type,
        department: filters.department,
        from: filters.days?.[0],
        to: filters.days?.[1],
        page,
      }),
    'audit.archive.loadFailed',
  )

  const serialCheck = ref<NoticeCheck | null>(null)
  const uploadCheck = ref<UploadCheck | null>(null)
  const checking = ref(false)
  const checkError = ref<string | null>(null)

  /** Runs one verification, keeping only its own result on screen. */
  async function check(run: () => Promise<void>): Promise<void> {
    checking.value = true
    checkError.value = null
    serialCheck.value = null
    uploadCheck.value = null
    try {
      await run()
    } catch (error) {
      checkError.value = apiProblem(error)?.message ?? t('audit.archive.verifyFailed')
    } finally {
      checking.value = false
    }
  }

  async function checkSerial(serialNo: string): Promise<void> {
    if (!serialNo.trim()) {
      checkError.value = t('audit.archive.serialRequired')
      return
    }
    await check(async () => {
      serialCheck.value = await verifyBySerial(serialNo.trim())
    })
  }

  async function checkUpload(file: File): Promise<void> {
    if (file.size > MAX_UPLOAD_BYTES) {
      checkError.value = t('audit.archive.tooLarge')
      return
    }
    await check(async () => {
      uploadCheck.value = await verifyByUpload(file)
    })
  }

  return { ...pages, serialCheck, uploadCheck, checking, checkError, checkSerial, checkUpload }
}
