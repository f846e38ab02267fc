import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormItemRule, FormRules } from 'element-plus'
import { ITEM_CODE_PATTERN, KINDS_WITHOUT_MATERIALS, REQUIRED_ELEMENTS, type ItemKind } from '@/api/catalog'
import { promisedExceedsStatutory, type ItemForm, type LimitField, type MaterialRow } from '@/utils/catalogForm'
import { useCatalogLabels } from './useCatalogLabels'

type Callback = (error?: Error) => void

/**
 * The item editor's client-side rules, the same as the server's so that most mistakes
 * show before saving: required fields, the code pattern, limits (promised ≤ statutory,
 * naming both values). With `strict` (publishing) the elements a published item must
 * keep and at least one material are required too; a draft may be incomplete.
 */
export function useItemRules(form: ItemForm, strict: Ref<boolean>) {
  const { t } = useI18n()
  const { limitText } = useCatalogLabels()

  function required(label: string, trigger: 'blur' | 'change' = 'blur'): FormItemRule {
    const key = trigger === 'change' ? 'catalog.editor.requiredSelect' : 'catalog.editor.required'
    return { required: true, whitespace: true, message: t(key, { field: label }), trigger }
  }

  function limitRule(which: 'statutoryLimit' | 'promisedLimit'): FormItemRule {
    const label = t(`catalog.editor.${which}`)
    return {
      required: true,
      trigger: 'change',
      validator: (_rule: unknown, limit: LimitField, callback: Callback) => {
        if (limit.value === null || limit.value === undefined) {
          callback(new Error(t('catalog.editor.required', { field: label })))
        } else if (!Number.isInteger(limit.value) || limit.value < 0) {
          callback(new Error(t('catalog.editor.limitInvalid', { field: label })))
        } else if (which === 'promisedLimit' && limit.value === 0 && !form.onTheSpot) {
          callback(new Error(t('catalog.editor.promisedZero')))
        } else if (which === 'promisedLimit' && promisedExceedsStatutory(form.statutoryLimit, limit)) {
          const values = { promised: limitText(limit), statutory: limitText(form.statutoryLimit) }
          callback(new Error(t('catalog.editor.promisedExceeds', values)))
        } else {
          callback()
        }
      },
    }
  }

  const materialsRule: FormItemRule = {
    trigger: 'change',
    validator: (_rule: unknown, materials: MaterialRow[], callback: Callback) => {
      const exempt = KINDS_WITHOUT_MATERIALS.includes(form.kind as ItemKind)
      if (strict.value && !exempt && materials.length === 0) callback(new Error(t('catalog.editor.materialsRequired')))
      else callback()
    },
  }

  const rules = computed<FormRules>(() => ({
    code: [
      required(t('catalog.editor.code')),
      { pattern: ITEM_CODE_PATTERN, message: t('catalog.editor.codePattern'), trigger: 'blur' },
    ],
    name: [required(t('catalog.editor.name'))],
    kind: [required(t('catalog.editor.kind'), 'change')],
    departmentCode: [required(t('catalog.editor.department'), 'change')],
    statutoryLimit: [limitRule('statutoryLimit')],
    promisedLimit: [limitRule('promisedLimit')],
    materials: [materialsRule],
    // Flat keys: Element Plus looks rules up with lodash get, which finds "elements.x" as is.
    ...Object.fromEntries(
      REQUIRED_ELEMENTS.map((key) => [`elements.${key}`, strict.value ? [required(t(`catalog.elements.${key}`))] : []]),
    ),
  }))

  /** For the cells of the materials and fees tables (their props are built per row). */
  const materialNameRules = computed<FormItemRule[]>(() => [
    { required: true, whitespace: true, message: t('catalog.editor.materialName'), trigger: 'blur' },
  ])
  const feeNameRules = computed<FormItemRule[]>(() => [
    { required: true, whitespace: true, message: t('catalog.editor.feeName'), trigger: 'blur' },
  ])

  return { rules, materialNameRules, feeNameRules }
}
