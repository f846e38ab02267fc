import { http } from './http'

/** Written notices (文书) the platform issues for a case. */
export const NOTICE_TYPES = [
  'ACCEPTANCE',
  'CORRECTION',
  'NON_ACCEPTANCE',
  'APPROVAL',
  'REFUSAL',
  'SPECIAL_PROCEDURE',
  'EXTENSION',
  'PAYMENT',
  'LEVY_PAYMENT',
  'LEVY_DEMAND',
  'LEVY_EXEMPTION',
] as const
export type NoticeType = (typeof NOTICE_TYPES)[number]

/** One entry of GET /api/cases/{caseNo}/notices. */
export interface Notice {
  id: number
  type: NoticeType | string
  title: string
  serialNo: string
  sha256: string
  createdAt: string
}

/** GET /api/cases/{caseNo}/notices, oldest first as the server lists them. */
export async function listNotices(caseNo: string): Promise<Notice[]> {
  const { data } = await http.get<Notice[]>(`/api/cases/${encodeURIComponent(caseNo)}/notices`)
  return data
}

/** Where a notice's PDF downloads from (the server names the file after the notice's title). */
export function noticePdfUrl(id: number): string {
  return `/api/notices/${encodeURIComponent(String(id))}/pdf`
}
