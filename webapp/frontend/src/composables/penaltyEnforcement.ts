import type { EnforcementAnswer, EnforcementOutcome } from '@/api/penalty'

/** What the enforcement step's form holds (blank strings for untouched fields). */
export interface EnforcementForm {
  outcome: EnforcementOutcome
  court: string
  appliedOn: string
  courtReference: string
  opinion: string
  reason: string
}

/** The field the outcome still needs, or null: the server says the same, but the form can say it before sending. */
export function missingEnforcementField(form: EnforcementForm): 'court' | 'reason' | null {
  if (form.outcome === 'APPLIED') return form.court.trim() === '' ? 'court' : null
  return form.reason.trim() === '' ? 'reason' : null
}

/**
 * The request body: only the chosen outcome's fields, trimmed, blanks left out, so that a court typed before
 * switching to "not applying" is not recorded, and an empty date means today on the server.
 */
export function enforcementBody(form: EnforcementForm): EnforcementAnswer {
  const fields: Partial<Record<keyof EnforcementAnswer, string>> =
    form.outcome === 'APPLIED'
      ? { court: form.court, appliedOn: form.appliedOn, courtReference: form.courtReference, opinion: form.opinion }
      : { reason: form.reason }
  const body: EnforcementAnswer = { outcome: form.outcome }
  for (const [key, value] of Object.entries(fields) as [keyof EnforcementAnswer, string][]) {
    if (value.trim() !== '') Object.assign(body, { [key]: value.trim() })
  }
  return body
}

/** The first day the agency may apply: the day after the later of the demand's 10 days and the time to sue. */
export function enforcementFirstDay(opensAfter: string): string {
  const day = new Date(`${opensAfter}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}
