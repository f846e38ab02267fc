/** Paths that make no sense to return to after logging in. */
const NO_RETURN = ['/login', '/401']

/**
 * Turn a `?redirect=` value into a safe in-app path, or `fallback`.
 * Only same-app relative paths ("/x?y#z") pass: absolute URLs, protocol-relative
 * ("//host"), backslash tricks ("/\\host"), control characters and
 * non-strings are rejected to prevent open redirects.
 */
export function sanitizeRedirect(raw: unknown, fallback = '/'): string {
  if (Array.isArray(raw)) raw = raw[0]
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return fallback
  }
  // Encoded variants such as "/%2F%2Fhost" or "/%5Chost".
  if (decoded.startsWith('//') || decoded.includes('\\')) return fallback
  const url = new URL(raw, 'http://app.invalid')
  if (url.origin !== 'http://app.invalid') return fallback
  if (NO_RETURN.includes(url.pathname)) return fallback
  return url.pathname + url.search + url.hash
}
