import { isAxiosError } from 'axios'

/** One problem with one field of a request body, e.g. `promisedLimit` or `materials[0].name`. */
export interface FieldError {
  field: string
  message: string
}

/**
 * A failed API call as the UI needs it: the status, the error code, the server's message
 * and every field problem. The contract answers either a single `field` or a
 * `fieldErrors` list; both end up in `fieldErrors`.
 */
export interface ApiProblem {
  /** HTTP status, undefined for network errors. */
  status?: number
  /** The body's `error` code (`invalid`, `bad_request`, `not_found` ...), or `network`. */
  error: string
  message: string | null
  fieldErrors: FieldError[]
}

interface ErrorBody {
  error?: unknown
  message?: unknown
  field?: unknown
  fieldErrors?: unknown
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function fieldErrorsOf(body: ErrorBody): FieldError[] {
  const result: FieldError[] = []
  if (Array.isArray(body.fieldErrors)) {
    for (const entry of body.fieldErrors as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue
      const { field, message } = entry as Record<string, unknown>
      const name = text(field)
      if (name) result.push({ field: name, message: text(message) ?? text(body.message) ?? '' })
    }
  }
  const single = text(body.field)
  if (single && !result.some((entry) => entry.field === single)) {
    result.push({ field: single, message: text(body.message) ?? '' })
  }
  return result
}

/** What went wrong with an API call; `null` when `error` did not come from axios. */
export function apiProblem(error: unknown): ApiProblem | null {
  if (!isAxiosError(error)) return null
  const response = error.response
  if (!response) return { error: 'network', message: null, fieldErrors: [] }
  const body: ErrorBody = typeof response.data === 'object' && response.data !== null ? response.data : {}
  return {
    status: response.status,
    error: text(body.error) ?? 'unknown',
    message: text(body.message),
    fieldErrors: fieldErrorsOf(body),
  }
}
