import { http, refreshCsrfToken } from './http'
import type { CurrentUser } from './types'

/** GET /api/me; rejects with a 401 error when nobody is logged in. */
export async function fetchCurrentUser(): Promise<CurrentUser> {
  const { data } = await http.get<CurrentUser>('/api/me', { skipErrorRedirect: true })
  return data
}

/** POST /api/auth/login as a form; answers the same JSON as /api/me. */
export async function login(username: string, password: string): Promise<CurrentUser> {
  const body = new URLSearchParams({ username, password })
  const { data } = await http.post<CurrentUser>('/api/auth/login', body, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    skipErrorRedirect: true,
  })
  return signedIn(data)
}

/** Answer of POST /api/auth/phone-code (202). */
export interface PhoneCodeSent {
  expiresInSeconds: number
}

/** POST /api/auth/phone-code: sends a six-digit sign-in code to a mainland mobile number. */
export async function requestPhoneCode(phone: string): Promise<PhoneCodeSent> {
  const { data } = await http.post<PhoneCodeSent>('/api/auth/phone-code', { phone }, { skipErrorRedirect: true })
  return data
}

/** POST /api/auth/phone-login with the code; answers the same JSON as /api/me. */
export async function phoneLogin(phone: string, code: string): Promise<CurrentUser> {
  const { data } = await http.post<CurrentUser>(
    '/api/auth/phone-login',
    { phone, code },
    { skipErrorRedirect: true },
  )
  return signedIn(data)
}

/** The token changes on login; a failed refresh is retried before the next POST. */
async function signedIn(user: CurrentUser): Promise<CurrentUser> {
  await refreshCsrfToken().catch(() => undefined)
  return user
}

/** POST /api/auth/logout (204), then fetch the token of the new anonymous session. */
export async function logout(): Promise<void> {
  try {
    await http.post('/api/auth/logout', undefined, { skipErrorRedirect: true })
  } finally {
    await refreshCsrfToken().catch(() => undefined)
  }
}
