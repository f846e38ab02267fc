import { computed, reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormItemRule } from 'element-plus'
import { APPLICANT_TYPES, type ApplicantType, type CatalogItem } from '@/api/catalog'
import { createCase, type CaseChannel } from '@/api/cases'
import { apiProblem } from '@/api/problems'
import type { MaterialFiles } from '@/utils/upload'
import { useMaterialUploads, type FailedUpload } from './useMaterialUploads'

/** Mainland mobile numbers: 11 digits starting with 1 and a network digit 3–9. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/

/** The form mirrors the body of POST /api/cases, so server field names fit its props. */
export interface ApplicationForm {
  applicant: { name: string; type: ApplicantType | ''; idNo: string; phone: string }
  formData: { description: string; projectName: string; address: string }
}

export interface ApplicationResult {
  caseNo: string
  queryCode: string
  uploaded: number
  failed: FailedUpload[]
}

function emptyForm(name = ''): ApplicationForm {
  return {
    applicant: { name, type: '', idNo: '', phone: '' },
    formData: { description: '', projectName: '', address: '' },
  }
}

/** Optional free fields are left out when empty, so the case keeps only what was said. */
function formDataOf(form: ApplicationForm): Record<string, string> {
  const data: Record<string, string> = { description: form.formData.description.trim() }
  const projectName = form.formData.projectName.trim()
  const address = form.formData.address.trim()
  if (projectName) data.projectName = projectName
  if (address) data.address = address
  return data
}

/**
 * Filing an application for `item`: the applicant's fields and the files per material,
 * then POST /api/cases and one POST per file to /api/cases/{caseNo}/materials, in material
 * order. A file that fails does not undo the case: it is reported for uploading again from
 * the case page. Online applicants must attach every required material; a window clerk
 * may take paper originals, so WINDOW does not insist.
 */
export function useCaseApplication(item: Ref<CatalogItem | null>, channel: CaseChannel, applicantName = '') {
  const { t } = useI18n()
  const form = reactive<ApplicationForm>(emptyForm(applicantName))
  const files = ref<MaterialFiles>({})
  const submitting = ref(false)
  const { progress, uploadAll } = useMaterialUploads()
  const result = ref<ApplicationResult | null>(null)
  const errorMessage = ref<string | null>(null)
  /** Server messages by form prop (`applicant.phone`, `formData.description` ...). */
  const serverErrors = ref<Record<string, string>>({})

  const applicantTypes = computed<readonly ApplicantType[]>(() =>
    item.value?.applicantTypes?.length ? item.value.applicantTypes : APPLICANT_TYPES,
  )

  /** Required materials without a file, by name. */
  const missingRequired = computed(() =>
    (item.value?.materials ?? [])
      .map((material, index) => ({ material, index }))
      .filter(({ material, index }) => material.required && (files.value[index]?.length ?? 0) === 0)
      .map(({ material }) => material.name),
  )

  const required = (field: string, select = false): FormItemRule => ({
    required: true,
    whitespace: true,
    message: t(select ? 'casework.apply.requiredSelect' : 'casework.apply.required', { field: t(`casework.apply.${field}`) }),
    trigger: select ? 'change' : 'blur',
  })

  const rules = computed<Record<string, FormItemRule[]>>(() => ({
    'applicant.name': [required('name')],
    'applicant.type': [
      required('type', true),
      {
        validator: (_rule, value: string, callback) =>
          !value || applicantTypes.value.includes(value as ApplicantType)
            ? callback()
            : callback(new Error(t('casework.apply.typeNotAllowed'))),
        trigger: 'change',
      },
    ],
    'applicant.idNo': [required('idNo')],
    'applicant.phone': [
      required('phone'),
      { pattern: PHONE_PATTERN, message: t('casework.apply.phoneInvalid'), trigger: 'blur' },
    ],
    'formData.description': [required('description')],
  }))

  /** Start over, e.g. after a window clerk has handed over the receipt. */
  function reset(): void {
    Object.assign(form, emptyForm(applicantName))
    if (applicantTypes.value.length === 1) form.applicant.type = applicantTypes.value[0]!
    files.value = {}
    result.value = null
    errorMessage.value = null
    serverErrors.value = {}
  }

  function showProblem(error: unknown): void {
    const problem = apiProblem(error)
    const byField: Record<string, string> = {}
    for (const entry of problem?.fieldErrors ?? []) byField[entry.field] = entry.message
    serverErrors.value = byField
    errorMessage.value = problem?.fieldErrors.length ? t('casework.apply.checkFields') : problem?.message ?? t('casework.common.failed')
  }

  /** File the application (the caller has validated the form). Null when it was not filed. */
  async function submit(): Promise<ApplicationResult | null> {
    const current = item.value
    if (!current || submitting.value) return null
    errorMessage.value = null
    serverErrors.value = {}
    if (channel === 'ONLINE' && missingRequired.value.length > 0) {
      errorMessage.value = t('casework.apply.missingMaterials', { names: missingRequired.value.join('、') })
      return null
    }
    submitting.value = true
    try {
      const created = await createCase({
        itemCode: current.code,
        applicant: { ...form.applicant, type: form.applicant.type as ApplicantType },
        channel,
        formData: formDataOf(form),
      })
      const { uploaded, failed } = await uploadAll(created.caseNo, files.value)
      result.value = { caseNo: created.caseNo, queryCode: created.queryCode, uploaded: uploaded.length, failed }
      return result.value
    } catch (error) {
      showProblem(error)
      return null
    } finally {
      submitting.value = false
    }
  }

  if (applicantTypes.value.length === 1) form.applicant.type = applicantTypes.value[0]!

  return { form, files, rules, applicantTypes, missingRequired, submitting, progress, result, errorMessage, serverErrors, submit, reset }
}
