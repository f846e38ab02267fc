import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { http } from '@/api/http'

/**
 * Test helper for the API specs: a fake backend plugged in as axios' adapter, so the
 * real `http` instance (interceptors, CSRF, params) runs up to the wire. Multipart bodies
 * stay FormData, as the browser would send them (Node's fetch cannot send jsdom's).
 */
export interface RecordedCall {
  method: string
  url: string
  params: Record<string, unknown>
  /** The JSON body, parsed; null for none or for multipart. */
  json: unknown
  form: FormData | null
}

export interface FakeReply {
  status: number
  body?: unknown
}

function recorded(config: InternalAxiosRequestConfig): RecordedCall {
  const form = config.data instanceof FormData ? config.data : null
  const json = typeof config.data === 'string' && config.data !== '' ? JSON.parse(config.data) : null
  return {
    method: (config.method ?? 'get').toUpperCase(),
    url: config.url ?? '',
    params: { ...(config.params as Record<string, unknown> | undefined) },
    json,
    form,
  }
}

/** An axios failure with an HTTP answer, for specs that mock the API modules themselves. */
export function httpError(status: number, body: unknown): AxiosError {
  const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, { status, statusText: '', headers: {}, config, data: body })
}

/** Answer every call with `route(call)`; returns the calls as they arrive (the CSRF fetch left out). */
export function fakeAdapter(route: (call: RecordedCall) => FakeReply): RecordedCall[] {
  const calls: RecordedCall[] = []
  http.defaults.adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    if (config.url === '/api/auth/csrf') return { data: null, status: 204, statusText: '', headers: {}, config }
    const call = recorded(config)
    calls.push(call)
    const reply = route(call)
    const response = { data: reply.body ?? null, status: reply.status, statusText: '', headers: new AxiosHeaders(), config }
    if (reply.status >= 400) throw new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, response)
    return response
  }
  return calls
}
