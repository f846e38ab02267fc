import type { ElementKey } from '@/api/catalog'

/** The 14 elements (事项要素) in the order the service guide lists them. */
export const GUIDE_ELEMENTS = [
  'name',
  'certificate',
  'approvalType',
  'legalBasis',
  'conditions',
  'materials',
  'acceptingBody',
  'decidingBody',
  'procedure',
  'timeLimit',
  'fees',
  'forms',
  'annualReview',
  'enquiry',
] as const satisfies readonly (ElementKey | 'name' | 'materials' | 'timeLimit' | 'fees')[]

export type GuideElement = (typeof GUIDE_ELEMENTS)[number]

/** An element's number in the guide (name is 1, materials 6, time limit 10 ...). */
export function elementNumber(key: GuideElement | string): number {
  return (GUIDE_ELEMENTS as readonly string[]).indexOf(key) + 1
}

/** Text worth showing, or null for an element left empty (the guide then says "无"). */
export function shownText(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

/** "2026-10-12" of an ISO instant in Asia/Shanghai; the input when it is not a date. */
export function platformDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date)
}
