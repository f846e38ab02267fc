import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios'
import { http, setErrorRedirectHandlers } from './http'
import {
  blankFormUrl,
  createItem,
  dispositionFileName,
  exportCatalog,
  fetchItem,
  fetchVersions,
  importCatalog,
  listItems,
  publishItem,
  retireItem,
  updateItem,
  uploadBlankForm,
  type ItemInput,
} from './catalog'
import { apiProblem } from './problems'

interface Recorded {
  method: string
  path: string
  search: URLSearchParams
  contentType: string | null
  json: unknown
}

interface Reply {
  status: number
  body?: unknown
  raw?: string
  headers?: Record<string, string>
}

/** Node's Request wants absolute URLs; resolve ours against the jsdom page like a browser. */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init)
  }
}

async function record(request: Request): Promise<Recorded> {
  const url = new URL(request.url)
  const body = request.body ? await request.text() : ''
  return {
    method: request.method,
    path: url.pathname,
    search: url.searchParams,
    contentType: request.headers.get('Content-Type'),
    json: body ? JSON.parse(body) : null,
  }
}

/** Fake backend behind axios' fetch adapter (as in http.spec.ts), answering per route. */
function fakeServer(route: (method: string, path: string) => Reply) {
  const requests: Recorded[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new PageRequest(input, init)
    const recorded = await record(request)
    if (recorded.path === '/api/auth/csrf') {
      document.cookie = 'PLATFORM-XSRF-TOKEN=t; path=/'
      return new Response(null, { status: 204 })
    }
    requests.push(recorded)
    const reply = route(recorded.method, recorded.path)
    const body = reply.raw ?? (reply.body === undefined ? null : JSON.stringify(reply.body))
    return new Response(body, {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    })
  })
  http.defaults.adapter = 'fetch'
  http.defaults.env = { ...http.defaults.env, fetch, Request: PageRequest }
  return requests
}

interface Upload {
  method: string
  url: string
  file: File | null
}

/**
 * Node's fetch cannot send jsdom's FormData, so multipart calls are checked one level up,
 * at axios' adapter: what the browser would send is the FormData itself.
 */
function fakeUploadServer(reply: Reply) {
  const uploads: Upload[] = []
  http.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    if (config.url === '/api/auth/csrf') return { data: null, status: 204, statusText: '', headers: {}, config }
    const form = config.data instanceof FormData ? config.data : null
    const file = form?.get('file')
    uploads.push({ method: config.method ?? '', url: config.url ?? '', file: file instanceof File ? file : null })
    const response = { data: reply.body, status: reply.status, statusText: '', headers: new AxiosHeaders(), config }
    if (reply.status >= 400) throw new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
    return response
  }
  return uploads
}

const summary = {
  code: 'SFX-SCJGJ-XK-0001',
  name: '食品经营许可',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ', name: '示范县市场监督管理局' },
  status: 'PUBLISHED',
  version: 1,
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: false,
  parentCode: null,
}

const input: ItemInput = {
  code: 'SFX-TEST-0001',
  name: '测试事项',
  kind: 'LICENSING',
  department: { code: 'SFX-SCJGJ' },
  parentCode: null,
  elements: { legalBasis: '《某法》' },
  statutoryLimit: { value: 20, unit: 'WORKING_DAYS' },
  promisedLimit: { value: 10, unit: 'WORKING_DAYS' },
  onTheSpot: false,
  parallelApproval: false,
  applicantTypes: ['PERSON'],
  approvingLeaderRole: null,
  reviewingSection: null,
  handlers: null,
  steps: [],
  fees: [],
  materials: [],
  processKey: null,
  processParameters: null,
}

describe('catalog API client', () => {
  beforeEach(() => {
    setErrorRedirectHandlers({ onUnauthorized: vi.fn(), onForbidden: vi.fn() })
  })

  afterEach(() => {
    setErrorRedirectHandlers(null)
  })

  it('lists items with only the filters that are set', async () => {
    const requests = fakeServer(() => ({ status: 200, body: { items: [summary], total: 1, page: 2, size: 20 } }))
    const page = await listItems({ q: ' 食品 ', kind: 'LICENSING', department: '', status: '', page: 2, size: 20 })
    expect(page.items[0]?.name).toBe('食品经营许可')
    expect(requests[0]?.path).toBe('/api/items')
    expect(Object.fromEntries(requests[0]!.search)).toEqual({ q: '食品', kind: 'LICENSING', page: '2', size: '20' })
  })

  it('fetches an item, an older version and the draft with encoded codes', async () => {
    const requests = fakeServer(() => ({ status: 200, body: { ...summary } }))
    await fetchItem('SFX-SCJGJ-XK-0001')
    await fetchItem('A B/1', { version: 3 })
    await fetchItem('X-1', { draft: true })
    expect(requests.map((r) => `${r.path}?${r.search}`)).toEqual([
      '/api/items/SFX-SCJGJ-XK-0001?',
      '/api/items/A%20B%2F1?version=3',
      '/api/items/X-1?draft=true',
    ])
  })

  it('lists versions', async () => {
    const versions = [{ version: 1, status: 'SUPERSEDED', publishedAt: null, updatedBy: 'reform', updatedAt: null }]
    const requests = fakeServer(() => ({ status: 200, body: versions }))
    expect(await fetchVersions('X-1')).toEqual(versions)
    expect(requests[0]?.path).toBe('/api/items/X-1/versions')
  })

  it('creates with POST, edits with PUT and sends the body as JSON', async () => {
    const requests = fakeServer(() => ({ status: 200, body: { ...summary, code: 'SFX-TEST-0001' } }))
    await createItem(input)
    await updateItem('SFX-TEST-0001', input)
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/items', 'PUT /api/items/SFX-TEST-0001'])
    expect(requests[0]?.json).toEqual(input)
    expect(requests[1]?.contentType).toContain('application/json')
  })

  it('publishes and retires with POSTs', async () => {
    const requests = fakeServer(() => ({ status: 200, body: summary }))
    await publishItem('X-1')
    await retireItem('X-1')
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/items/X-1/publish',
      'POST /api/items/X-1/retire',
    ])
  })

  it('uploads a blank form as multipart field "file"', async () => {
    const uploads = fakeUploadServer({ status: 200, body: summary })
    const file = new File(['%PDF-1.4'], '申请书.pdf', { type: 'application/pdf' })
    await uploadBlankForm('X-1', 2, file)
    expect(uploads[0]).toMatchObject({ method: 'post', url: '/api/items/X-1/materials/2/blank-form' })
    expect(uploads[0]?.file?.name).toBe('申请书.pdf')
    expect(uploads[0]?.file?.size).toBe(8)
  })

  it('builds blank-form download URLs', () => {
    expect(blankFormUrl(12)).toBe('/api/items/blank-forms/12')
  })

  it('maps a validation answer to field errors', async () => {
    const message = '承诺时限（25 个工作日）不得超过法定时限（20 个工作日）'
    fakeServer(() => ({
      status: 400,
      body: {
        error: 'invalid',
        message: '事项信息有误',
        fieldErrors: [
          { field: 'promisedLimit', message },
          { field: 'materials[0].name', message: '材料名称不能为空' },
        ],
      },
    }))
    const failure = await createItem(input).catch((error: unknown) => error)
    expect(apiProblem(failure)).toEqual({
      status: 400,
      error: 'invalid',
      message: '事项信息有误',
      fieldErrors: [
        { field: 'promisedLimit', message },
        { field: 'materials[0].name', message: '材料名称不能为空' },
      ],
    })
  })

  it('maps a single-field answer to one field error', async () => {
    fakeServer(() => ({ status: 400, body: { error: 'bad_request', message: '编码已存在', field: 'code' } }))
    const failure = await createItem(input).catch((error: unknown) => error)
    expect(apiProblem(failure)?.fieldErrors).toEqual([{ field: 'code', message: '编码已存在' }])
  })

  it('keeps a message without fields for the alert', async () => {
    fakeServer(() => ({ status: 404, body: { error: 'not_found', message: '事项不存在' } }))
    const failure = await fetchItem('NOPE').catch((error: unknown) => error)
    expect(apiProblem(failure)).toEqual({ status: 404, error: 'not_found', message: '事项不存在', fieldErrors: [] })
    expect(apiProblem(new Error('x'))).toBeNull()
  })

  it('reports the number of imported items', async () => {
    const uploads = fakeUploadServer({ status: 200, body: { imported: 23 } })
    const result = await importCatalog(new File(['PK'], 'catalog.xlsx'))
    expect(result).toEqual({ ok: true, imported: 23 })
    expect(uploads[0]).toMatchObject({ method: 'post', url: '/api/items/import' })
    expect(uploads[0]?.file?.name).toBe('catalog.xlsx')
  })

  it('returns the row-by-row report of an invalid workbook', async () => {
    const rows = [{ sheet: '事项', row: 5, field: 'promisedLimit', message: '承诺时限不得超过法定时限' }]
    fakeUploadServer({ status: 400, body: { error: 'import_invalid', message: '导入失败', rows } })
    const result = await importCatalog(new File(['PK'], 'catalog.xlsx'))
    expect(result).toEqual({ ok: false, message: '导入失败', rows })
  })

  it('throws import errors that carry no report', async () => {
    fakeUploadServer({ status: 400, body: { error: 'bad_request', message: '不是 Excel 文件', field: 'file' } })
    const failure = await importCatalog(new File(['x'], 'a.txt')).catch((error: unknown) => error)
    expect(apiProblem(failure)?.fieldErrors).toEqual([{ field: 'file', message: '不是 Excel 文件' }])
  })

  it('downloads the export with its file name', async () => {
    const requests = fakeServer(() => ({
      status: 200,
      raw: 'PK-xlsx',
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': "attachment; filename=\"catalog.xlsx\"; filename*=UTF-8''%E4%BA%8B%E9%A1%B9%E5%BA%93.xlsx",
      },
    }))
    const file = await exportCatalog()
    expect(requests[0]?.path).toBe('/api/items/export')
    expect(file.fileName).toBe('事项库.xlsx')
    expect(await file.blob.text()).toBe('PK-xlsx')
  })

  it('reads plain and missing Content-Disposition file names', () => {
    expect(dispositionFileName('attachment; filename="items.xlsx"')).toBe('items.xlsx')
    expect(dispositionFileName(undefined)).toBeNull()
  })
})
