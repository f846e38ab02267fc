import { isAxiosError } from 'axios'
import type { ApiErrorBody } from './types'

/** HTTP status of a failed API call, or undefined for network errors. */
export function errorStatus(error: unknown): number | undefined {
  return isAxiosError(error) ? error.response?.status : undefined
}

/** The server's human-readable message (`{"error","message"}` body), if any. */
export function serverMessage(error: unknown): string | undefined {
  if (!isAxiosError(error)) return undefined
  const body = error.response?.data as Partial<ApiErrorBody> | undefined
  return typeof body?.message === 'string' && body.message.trim() !== '' ? body.message : undefined
}
