/**
 * How urgent a deadline is, from the working days left (the server counts them on the
 * platform's calendar): overdue at 0 or less, due tomorrow at 1, near at 2–3, else fine.
 */
export type DeadlineLevel = 'overdue' | 'due' | 'near' | 'ok' | 'none'

export function deadlineLevel(workingDaysLeft: number | null | undefined): DeadlineLevel {
  if (workingDaysLeft === null || workingDaysLeft === undefined || Number.isNaN(workingDaysLeft)) return 'none'
  if (workingDaysLeft <= 0) return 'overdue'
  if (workingDaysLeft === 1) return 'due'
  if (workingDaysLeft <= 3) return 'near'
  return 'ok'
}
