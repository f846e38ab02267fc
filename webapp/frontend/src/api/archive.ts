import { setParams } from './audit'
import { http } from './http'

/** An issued notice as the auditor archive lists it. */
export interface ArchivedNotice {
  id: string
  type: string
  serialNo: string
  agencyCode: string
  agencyName: string
  caseNo: string | null
  title: string
  sha256: string
  sizeBytes: number
  createdAt: string
  createdBy: string
}

/** The archive's filters; days are YYYY-MM-DD, both included. */
export interface ArchiveQuery {
  caseNo?: string
  type?: string
  department?: string
  from?: string
  to?: string
  /** 0-based. */
  page?: number
}

/** GET /api/archive/notices/verify?serialNo=: the stored copy against the hash recorded at issue. */
export interface NoticeCheck {
  notice: ArchivedNotice
  recordedSha256: string
  storedSha256: string | null
  intact: boolean
}

/** POST /api/archive/notices/verify: what the platform says about an uploaded PDF. */
export interface UploadCheck {
  sha256: string
  matches: boolean
  notice: ArchivedNotice | null
  storedIntact: boolean | null
  claimedSerialNo: string | null
}

interface NoticePageAnswer {
  notices: ArchivedNotice[]
  total: number
  page: number
  size: number
}

const ARCHIVE_URL = '/api/archive/notices'

/** GET /api/archive/notices: the reader's region only, newest first. */
export async function searchArchive(query: ArchiveQuery): Promise<{ items: ArchivedNotice[]; total: number; size: number }> {
  const { data } = await http.get<NoticePageAnswer>(ARCHIVE_URL, { params: setParams(query) })
  return { items: data.notices, total: data.total, size: data.size }
}

export async function verifyBySerial(serialNo: string): Promise<NoticeCheck> {
  const { data } = await http.get<NoticeCheck>(`${ARCHIVE_URL}/verify`, { params: { serialNo } })
  return data
}

export async function verifyByUpload(file: File): Promise<UploadCheck> {
  const form = new FormData()
  form.append('file', file)
  const { data } = await http.post<UploadCheck>(`${ARCHIVE_URL}/verify`, form)
  return data
}

/** Where any notice of the reader's region downloads from. */
export function archivePdfUrl(id: string): string {
  return `${ARCHIVE_URL}/${encodeURIComponent(id)}/pdf`
}
