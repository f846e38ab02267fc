import {
  ELEMENT_KEYS,
  type ApplicantType,
  type BlankForm,
  type CatalogItem,
  type ElementKey,
  type ItemInput,
  type ItemKind,
  type LimitUnit,
  type MaterialForm,
  type TimeLimit,
} from '@/api/catalog'
import type { FieldError } from '@/api/problems'

/** A time limit while it is being typed: the value may still be empty. */
export interface LimitField {
  value: number | null
  unit: LimitUnit
}

export interface MaterialRow {
  name: string
  form: MaterialForm
  copies: number
  required: boolean
  note: string
  /** Shown, never sent: only an upload changes it. */
  blankForm: BlankForm | null
}

export interface FeeRow {
  name: string
  standard: string
  amount: number | null
  formula: string
  legalBasis: string
}

/**
 * The item editor's model: every field the form binds, with empty strings instead of
 * nulls so that inputs stay controlled. `inputFromForm` turns it back into the API body.
 */
export interface ItemForm {
  code: string
  name: string
  kind: ItemKind | ''
  departmentCode: string
  parentCode: string
  elements: Record<ElementKey, string>
  statutoryLimit: LimitField
  promisedLimit: LimitField
  onTheSpot: boolean
  parallelApproval: boolean
  applicantTypes: ApplicantType[]
  approvingLeaderRole: string
  reviewingSection: string
  handlers: string
  steps: string[]
  fees: FeeRow[]
  materials: MaterialRow[]
  processKey: string
  approvalChain: string[]
  /** Process parameters this editor does not know, kept so that saving does not drop them. */
  otherParameters: Record<string, unknown>
}

function emptyElements(): Record<ElementKey, string> {
  return Object.fromEntries(ELEMENT_KEYS.map((key) => [key, ''])) as Record<ElementKey, string>
}

export function emptyMaterial(): MaterialRow {
  return { name: '', form: 'ORIGINAL', copies: 1, required: true, note: '', blankForm: null }
}

export function emptyFee(): FeeRow {
  return { name: '', standard: '', amount: null, formula: '', legalBasis: '' }
}

export function emptyForm(): ItemForm {
  return {
    code: '',
    name: '',
    kind: '',
    departmentCode: '',
    parentCode: '',
    elements: emptyElements(),
    statutoryLimit: { value: null, unit: 'WORKING_DAYS' },
    promisedLimit: { value: null, unit: 'WORKING_DAYS' },
    onTheSpot: false,
    parallelApproval: false,
    applicantTypes: [],
    approvingLeaderRole: '',
    reviewingSection: '',
    handlers: '',
    steps: [],
    fees: [],
    materials: [],
    processKey: '',
    approvalChain: [],
    otherParameters: {},
  }
}

function limitField(limit: TimeLimit | null): LimitField {
  return limit ? { value: limit.value, unit: limit.unit } : { value: null, unit: 'WORKING_DAYS' }
}

/** Fill the editor from a stored version. */
export function formFromItem(item: CatalogItem): ItemForm {
  const elements = emptyElements()
  for (const key of ELEMENT_KEYS) elements[key] = item.elements?.[key] ?? ''
  const { approvalChain, ...otherParameters } = item.processParameters ?? {}
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    departmentCode: item.department?.code ?? '',
    parentCode: item.parentCode ?? '',
    elements,
    statutoryLimit: limitField(item.statutoryLimit),
    promisedLimit: limitField(item.promisedLimit),
    onTheSpot: item.onTheSpot,
    parallelApproval: item.parallelApproval,
    applicantTypes: [...(item.applicantTypes ?? [])],
    approvingLeaderRole: item.approvingLeaderRole ?? '',
    reviewingSection: item.reviewingSection ?? '',
    handlers: item.handlers ?? '',
    steps: [...(item.steps ?? [])],
    fees: (item.fees ?? []).map((fee) => ({
      name: fee.name,
      standard: fee.standard ?? '',
      amount: fee.amount,
      formula: fee.formula ?? '',
      legalBasis: fee.legalBasis ?? '',
    })),
    materials: (item.materials ?? []).map((material) => ({
      name: material.name,
      form: material.form,
      copies: material.copies,
      required: material.required,
      note: material.note ?? '',
      blankForm: material.blankForm ?? null,
    })),
    processKey: item.processKey ?? '',
    approvalChain: Array.isArray(approvalChain) ? approvalChain.map(String) : [],
    otherParameters,
  }
}

/** Trimmed text, or null for an empty field (the API's "not given"). */
function optional(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function limitInput(limit: LimitField): TimeLimit | null {
  return limit.value === null ? null : { value: limit.value, unit: limit.unit }
}

function processParameters(form: ItemForm): ItemInput['processParameters'] {
  const chain = form.approvalChain.filter((role) => role.trim() !== '')
  const parameters = { ...form.otherParameters, ...(chain.length > 0 ? { approvalChain: chain } : {}) }
  return Object.keys(parameters).length > 0 ? parameters : null
}

/** The body of POST/PUT /api/items from the editor's model. */
export function inputFromForm(form: ItemForm): ItemInput {
  const elements: ItemInput['elements'] = {}
  for (const key of ELEMENT_KEYS) elements[key] = optional(form.elements[key])
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    kind: form.kind as ItemKind,
    department: { code: form.departmentCode.trim() },
    parentCode: optional(form.parentCode),
    elements,
    statutoryLimit: limitInput(form.statutoryLimit),
    promisedLimit: limitInput(form.promisedLimit),
    onTheSpot: form.onTheSpot,
    parallelApproval: form.parallelApproval,
    applicantTypes: [...form.applicantTypes],
    approvingLeaderRole: optional(form.approvingLeaderRole),
    reviewingSection: optional(form.reviewingSection),
    handlers: optional(form.handlers),
    steps: form.steps.map((step) => step.trim()).filter((step) => step !== ''),
    fees: form.fees.map((fee) => ({
      name: fee.name.trim(),
      standard: optional(fee.standard),
      amount: fee.amount,
      formula: optional(fee.formula),
      legalBasis: optional(fee.legalBasis),
    })),
    materials: form.materials.map((material) => ({
      name: material.name.trim(),
      form: material.form,
      copies: material.copies,
      required: material.required,
      note: optional(material.note),
    })),
    processKey: optional(form.processKey),
    processParameters: processParameters(form),
  }
}

/** The promised limit exceeds the statutory one (compared only in the same unit). */
export function promisedExceedsStatutory(statutory: LimitField, promised: LimitField): boolean {
  if (statutory.value === null || promised.value === null) return false
  return statutory.unit === promised.unit && promised.value > statutory.value
}

/** API field names that the form binds under another name. */
const FIELD_ALIASES: Record<string, string> = {
  department: 'departmentCode',
  'department.code': 'departmentCode',
  'processParameters.approvalChain': 'approvalChain',
  processParameters: 'approvalChain',
}

/** `materials.0.name` and `materials[0].name` name the same cell; use the bracket form. */
export function normaliseField(field: string): string {
  const bracketed = field.trim().replace(/\.(\d+)(?=\.|$)/g, '[$1]')
  return FIELD_ALIASES[bracketed] ?? bracketed
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a`; null at the top. */
function parentField(field: string): string | null {
  const cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['))
  if (cut <= 0) return null
  const parent = field.slice(0, cut)
  return FIELD_ALIASES[parent] ?? parent
}

export interface PlacedErrors {
  /** Message per form-item prop, shown beside the field. */
  byField: Record<string, string>
  /** Messages no field of the form can show, for the alert above it. */
  unplaced: string[]
}

/**
 * Put each server field error beside the closest form item that shows it: the field
 * itself, else its nearest parent (`statutoryLimit.value` → `statutoryLimit`). What no
 * item can show goes to the alert, so that no message is lost.
 */
export function placeFieldErrors(errors: readonly FieldError[], props: ReadonlySet<string>): PlacedErrors {
  const byField: Record<string, string> = {}
  const unplaced: string[] = []
  for (const error of errors) {
    let field: string | null = normaliseField(error.field)
    while (field !== null && !props.has(field)) field = parentField(field)
    if (field === null) {
      unplaced.push(error.message)
    } else {
      byField[field] = byField[field] ? `${byField[field]}；${error.message}` : error.message
    }
  }
  return { byField, unplaced }
}

/** Every prop the editor shows errors for, given how many material and fee rows it has. */
export function editorProps(form: Pick<ItemForm, 'materials' | 'fees'>): Set<string> {
  const props = new Set<string>([
    'code',
    'name',
    'kind',
    'departmentCode',
    'parentCode',
    'statutoryLimit',
    'promisedLimit',
    'onTheSpot',
    'parallelApproval',
    'applicantTypes',
    'approvingLeaderRole',
    'reviewingSection',
    'handlers',
    'steps',
    'materials',
    'fees',
    'processKey',
    'approvalChain',
    'elements',
    ...ELEMENT_KEYS.map((key) => `elements.${key}`),
  ])
  form.materials.forEach((_, index) => {
    for (const column of ['name', 'form', 'copies', 'required', 'note', 'blankForm']) {
      props.add(`materials[${index}].${column}`)
    }
  })
  form.fees.forEach((_, index) => {
    for (const column of ['name', 'standard', 'amount', 'formula', 'legalBasis']) {
      props.add(`fees[${index}].${column}`)
    }
  })
  return props
}
