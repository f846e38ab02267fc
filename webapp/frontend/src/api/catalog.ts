import { isAxiosError } from 'axios'
import { http } from './http'
import type { CodeName } from './types'

/** Kinds of administrative power (事项类型). */
export const ITEM_KINDS = [
  'LICENSING',
  'NON_LICENSING_APPROVAL',
  'PUBLIC_SERVICE',
  'LEVY',
  'PENALTY',
  'CONFIRMATION',
  'OTHER',
] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

/** Life cycle of an item version; SUPERSEDED marks old published versions. */
export const ITEM_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED', 'SUPERSEDED'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const LIMIT_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS'] as const
export type LimitUnit = (typeof LIMIT_UNITS)[number]

export const MATERIAL_FORMS = ['ORIGINAL', 'COPY', 'ORIGINAL_AND_COPY'] as const
export type MaterialForm = (typeof MATERIAL_FORMS)[number]

export const APPLICANT_TYPES = ['PERSON', 'ENTERPRISE'] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]

/**
 * The free-text elements of the 14 (事项要素) in the order of the service guide. Name,
 * materials, time limit and fees have fields of their own.
 */
export const ELEMENT_KEYS = [
  'certificate',
  'approvalType',
  'legalBasis',
  'conditions',
  'acceptingBody',
  'decidingBody',
  'procedure',
  'forms',
  'annualReview',
  'enquiry',
] as const
export type ElementKey = (typeof ELEMENT_KEYS)[number]
export type ItemElements = Partial<Record<ElementKey, string | null>>

/** Elements a published item must keep (besides name, kind, department and limits). */
export const REQUIRED_ELEMENTS: readonly ElementKey[] = [
  'legalBasis',
  'conditions',
  'acceptingBody',
  'decidingBody',
  'procedure',
]

/** Kinds that may be published without any required material. */
export const KINDS_WITHOUT_MATERIALS: readonly ItemKind[] = ['PENALTY', 'LEVY']

/** Item codes as the contract allows them. */
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9-]{3,40}$/

export interface TimeLimit {
  value: number
  unit: LimitUnit
}

export interface ItemFee {
  name: string
  standard: string | null
  amount: number | null
  formula: string | null
  legalBasis: string | null
}

export interface BlankForm {
  id: number
  fileName: string
}

export interface ItemMaterial {
  name: string
  form: MaterialForm
  copies: number
  required: boolean
  note: string | null
  /** Read-only: set by uploading a blank form. */
  blankForm?: BlankForm | null
}

export interface SubItem {
  code: string
  name: string
  status: ItemStatus
}

export interface ProcessParameters {
  approvalChain?: string[]
  [name: string]: unknown
}

/** GET /api/items/{code}. */
export interface CatalogItem {
  code: string
  name: string
  kind: ItemKind
  department: CodeName
  parentCode: string | null
  subItems: SubItem[]
  version: number
  status: ItemStatus
  elements: ItemElements
  statutoryLimit: TimeLimit | null
  promisedLimit: TimeLimit | null
  onTheSpot: boolean
  parallelApproval: boolean
  applicantTypes: ApplicantType[]
  approvingLeaderRole: string | null
  reviewingSection: string | null
  handlers: string | null
  steps: string[]
  fees: ItemFee[]
  materials: ItemMaterial[]
  processKey: string | null
  processParameters: ProcessParameters | null
  createdAt?: string
  updatedAt?: string
  publishedAt?: string | null
  updatedBy?: string | null
}

/** Body of POST /api/items and PUT /api/items/{code}: the item minus its read-only fields. */
export interface ItemInput
  extends Omit<
    CatalogItem,
    | 'department'
    | 'subItems'
    | 'version'
    | 'status'
    | 'materials'
    | 'createdAt'
    | 'updatedAt'
    | 'publishedAt'
    | 'updatedBy'
  > {
  department: { code: string }
  materials: Omit<ItemMaterial, 'blankForm'>[]
}

/** One row of GET /api/items. */
export interface ItemSummary {
  code: string
  name: string
  kind: ItemKind
  department: CodeName
  status: ItemStatus
  version: number
  statutoryLimit: TimeLimit | null
  promisedLimit: TimeLimit | null
  onTheSpot: boolean
  parallelApproval: boolean
  parentCode: string | null
}

export interface ItemPage {
  items: ItemSummary[]
  total: number
  page: number
  size: number
}

export interface ItemQuery {
  q?: string
  kind?: ItemKind | ''
  department?: string
  /** Honoured for the reform office and admins only. */
  status?: ItemStatus | ''
  /** 0-based. */
  page?: number
  size?: number
}

/** One entry of GET /api/items/{code}/versions. */
export interface ItemVersion {
  version: number
  status: ItemStatus
  publishedAt: string | null
  updatedBy: string | null
  updatedAt: string | null
}

/** One invalid cell or row reported by POST /api/items/import. */
export interface ImportRowError {
  sheet: string
  row: number
  field?: string | null
  message: string
}

export type ImportResult =
  | { ok: true; imported: number }
  | { ok: false; message: string | null; rows: ImportRowError[] }

export interface DownloadedFile {
  blob: Blob
  fileName: string | null
}

const ITEMS_URL = '/api/items'

function itemUrl(code: string): string {
  return `${ITEMS_URL}/${encodeURIComponent(code)}`
}

/** Query parameters without the empty ones, so the server sees only real filters. */
function queryParams(query: ItemQuery): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string' && value.trim() === '') continue
    params[name] = typeof value === 'string' ? value.trim() : value
  }
  return params
}

/** GET /api/items: published items for the public, every status for the reform office. */
export async function listItems(query: ItemQuery = {}): Promise<ItemPage> {
  const { data } = await http.get<ItemPage>(ITEMS_URL, { params: queryParams(query) })
  return data
}

/**
 * GET /api/items/{code}: the published version, or `version` N (staff only), or the
 * newer draft when `draft` is set (staff only).
 */
export async function fetchItem(
  code: string,
  options: { version?: number; draft?: boolean } = {},
): Promise<CatalogItem> {
  const params: Record<string, string | number> = {}
  if (options.version !== undefined) params.version = options.version
  if (options.draft) params.draft = 'true'
  const { data } = await http.get<CatalogItem>(itemUrl(code), { params })
  return data
}

/** GET /api/items/{code}/versions (reform office, admin). */
export async function fetchVersions(code: string): Promise<ItemVersion[]> {
  const { data } = await http.get<ItemVersion[]>(`${itemUrl(code)}/versions`)
  return data
}

/** POST /api/items: a new draft, version 1. */
export async function createItem(input: ItemInput): Promise<CatalogItem> {
  const { data } = await http.post<CatalogItem>(ITEMS_URL, input)
  return data
}

/** PUT /api/items/{code}: updates the draft, or opens version N+1 after a published one. */
export async function updateItem(code: string, input: ItemInput): Promise<CatalogItem> {
  const { data } = await http.put<CatalogItem>(itemUrl(code), input)
  return data
}

/** POST /api/items/{code}/publish: publishes the latest draft. */
export async function publishItem(code: string): Promise<CatalogItem> {
  const { data } = await http.post<CatalogItem>(`${itemUrl(code)}/publish`)
  return data
}

/** POST /api/items/{code}/retire. */
export async function retireItem(code: string): Promise<CatalogItem> {
  const { data } = await http.post<CatalogItem>(`${itemUrl(code)}/retire`)
  return data
}

/** POST /api/items/{code}/materials/{index}/blank-form; answers the updated draft. */
export async function uploadBlankForm(code: string, index: number, file: File): Promise<CatalogItem> {
  const body = new FormData()
  body.append('file', file, file.name)
  const { data } = await http.post<CatalogItem>(`${itemUrl(code)}/materials/${index}/blank-form`, body)
  return data
}

/** Where a blank form downloads from (public once its item is published). */
export function blankFormUrl(id: number): string {
  return `${ITEMS_URL}/blank-forms/${encodeURIComponent(String(id))}`
}

/** The file name of a Content-Disposition header (RFC 6266 `filename*` first). */
export function dispositionFileName(header: unknown): string | null {
  if (typeof header !== 'string') return null
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // Malformed escapes: fall back to the plain parameter below.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)
  return plain?.[1]?.trim() || null
}

/** GET /api/items/export: the whole catalog as an .xlsx workbook. */
export async function exportCatalog(): Promise<DownloadedFile> {
  const response = await http.get<Blob>(`${ITEMS_URL}/export`, {
    responseType: 'blob',
    headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*' },
  })
  return { blob: response.data, fileName: dispositionFileName(response.headers['content-disposition']) }
}

function importRows(data: unknown): ImportRowError[] | null {
  if (typeof data !== 'object' || data === null) return null
  const body = data as { error?: unknown; rows?: unknown }
  if (body.error !== 'import_invalid' || !Array.isArray(body.rows)) return null
  return (body.rows as Record<string, unknown>[]).map((row) => ({
    sheet: String(row.sheet ?? ''),
    row: Number(row.row ?? 0),
    field: typeof row.field === 'string' ? row.field : null,
    message: String(row.message ?? ''),
  }))
}

/**
 * POST /api/items/import. An invalid workbook is an answer, not a failure: it comes back
 * as `ok: false` with the row-by-row report (nothing was imported). Other errors throw.
 */
export async function importCatalog(file: File): Promise<ImportResult> {
  const body = new FormData()
  body.append('file', file, file.name)
  try {
    const { data } = await http.post<{ imported: number }>(`${ITEMS_URL}/import`, body)
    return { ok: true, imported: data.imported }
  } catch (error) {
    const rows = isAxiosError(error) && error.response?.status === 400 ? importRows(error.response.data) : null
    if (!rows) throw error
    const message = (error as { response: { data: { message?: unknown } } }).response.data.message
    return { ok: false, message: typeof message === 'string' ? message : null, rows }
  }
}
