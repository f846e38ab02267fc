import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not turn 401/403 answers into navigation; the caller handles them. */
    skipErrorRedirect?: boolean
    /** Internal: set once a request has been retried after refreshing the CSRF token. */
    csrfRetried?: boolean
  }
}

export const CSRF_COOKIE = 'PLATFORM-XSRF-TOKEN'
export const CSRF_HEADER = 'X-PLATFORM-XSRF-TOKEN'
const CSRF_URL = '/api/auth/csrf'
const SAFE_METHODS = ['get', 'head', 'options', 'trace']

/** The single axios instance behind src/api; components never use it directly. */
export const http = axios.create({
  withCredentials: true,
  xsrfCookieName: CSRF_COOKIE,
  xsrfHeaderName: CSRF_HEADER,
  // Relative same-origin URLs only, so axios adds the CSRF header itself (never cross-origin).
  headers: {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  },
})

let csrfRequest: Promise<void> | null = null

/** GET /api/auth/csrf once (answers 204 and sets the CSRF cookie). */
export function ensureCsrfToken(): Promise<void> {
  if (!csrfRequest) {
    csrfRequest = http.get(CSRF_URL, { skipErrorRedirect: true }).then(
      () => undefined,
      (error: unknown) => {
        csrfRequest = null
        throw error
      },
    )
  }
  return csrfRequest
}

/** Fetch a fresh token, e.g. after login or logout (Spring rotates it on login). */
export function refreshCsrfToken(): Promise<void> {
  csrfRequest = null
  return ensureCsrfToken()
}

function isStateChanging(config: InternalAxiosRequestConfig): boolean {
  return !SAFE_METHODS.includes((config.method ?? 'get').toLowerCase())
}

let acceptLanguage: () => string = () => 'zh-CN'

/** Where the UI language comes from; the server answers its messages (errors) in that language. */
export function setAcceptLanguage(source: () => string): void {
  acceptLanguage = source
}

http.interceptors.request.use(async (config) => {
  config.headers.set('Accept-Language', acceptLanguage())
  if (isStateChanging(config)) await ensureCsrfToken()
  return config
})

export interface ErrorRedirectHandlers {
  onUnauthorized: () => void
  onForbidden: () => void
}

let handlers: ErrorRedirectHandlers | null = null

/** Wired in main.ts so this module needs neither the router nor the store. */
export function setErrorRedirectHandlers(value: ErrorRedirectHandlers | null): void {
  handlers = value
}

http.interceptors.response.use(undefined, async (error: AxiosError) => {
  const config = error.config
  const status = error.response?.status
  // A 403 on a POST may be a stale CSRF token: refresh it and retry once.
  if (status === 403 && config && isStateChanging(config) && !config.csrfRetried) {
    config.csrfRetried = true
    await refreshCsrfToken()
    return http.request(config)
  }
  if (config?.skipErrorRedirect !== true) {
    if (status === 401) handlers?.onUnauthorized()
    else if (status === 403) handlers?.onForbidden()
  }
  throw error
})
