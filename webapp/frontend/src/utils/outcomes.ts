import type { TaskOutcome } from '@/api/tasks'

export type ButtonType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

const BUTTON_TYPES: Partial<Record<TaskOutcome, ButtonType>> = {
  ACCEPT: 'primary',
  APPROVE: 'primary',
  AGREE: 'primary',
  PAID: 'primary',
  ISSUED: 'primary',
  DELIVERED: 'primary',
  APPLIED: 'primary',
  REQUEST_CORRECTION: 'warning',
  RETURN: 'warning',
  NOT_APPLIED: 'warning',
  REJECT: 'danger',
  REFUSE: 'danger',
  DISAGREE: 'danger',
}

/** The colour of an outcome's button: go-ahead blue, send-back orange, no red. */
export function outcomeButtonType(outcome: string): ButtonType {
  return BUTTON_TYPES[outcome as TaskOutcome] ?? 'info'
}

function filled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  return typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined
}

/**
 * Form fields an outcome needs besides those the form itself requires: the forms keep them
 * optional because they depend on the button pressed (contract, POST /api/tasks/{id}/complete).
 */
export const OUTCOME_FIELDS: Partial<Record<TaskOutcome, readonly string[]>> = {
  REQUEST_CORRECTION: ['missingMaterials'],
  REJECT: ['reason'],
  RETURN: ['returnTo'],
  APPLIED: ['courtName', 'appliedOn', 'opinion'],
  NOT_APPLIED: ['notAppliedReason'],
}

/** Every field key of a form-js schema, nested groups included. */
export function schemaKeys(schema: Record<string, unknown> | null | undefined): string[] {
  const components = schema?.components
  if (!Array.isArray(components)) return []
  return components.flatMap((component: Record<string, unknown>) => [
    ...(typeof component.key === 'string' ? [component.key] : []),
    ...schemaKeys(component),
  ])
}

/**
 * The keys among `formKeys` that `outcome` needs but `values` leaves empty. Fields the form
 * does not have are not asked for: the server then says what is missing.
 */
export function missingOutcomeFields(outcome: string, values: Record<string, unknown>, formKeys: readonly string[]): string[] {
  return (OUTCOME_FIELDS[outcome as TaskOutcome] ?? []).filter((field) => formKeys.includes(field) && !filled(values[field]))
}
