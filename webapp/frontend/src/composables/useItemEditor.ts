import { computed, reactive, ref, watch, type InjectionKey, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  createItem,
  fetchItem,
  fetchVersions,
  publishItem,
  retireItem,
  updateItem,
  uploadBlankForm,
  type CatalogItem,
  type ItemVersion,
} from '@/api/catalog'
import { apiProblem } from '@/api/problems'
import { editorProps, emptyForm, formFromItem, inputFromForm, placeFieldErrors, type ItemForm } from '@/utils/catalogForm'

/** Server messages per form-item prop, provided by the editor page to its fields. */
export const SERVER_ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('catalog-editor-server-errors')

/** The value at `a.b[2].c` of an object, for telling whether a field changed. */
export function valueAt(source: unknown, path: string): unknown {
  return path
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), source)
}

function newestFirst(versions: ItemVersion[]): ItemVersion[] {
  return [...versions].sort((a, b) => b.version - a.version)
}

/**
 * The item editor's state and actions: load the latest version of an item (or start a
 * new one), save the draft, publish, retire, upload blank forms, browse versions. Server
 * validation errors land in `serverErrors` (by form prop) or `alerts` (the rest).
 */
export function useItemEditor() {
  const { t } = useI18n()
  const form = reactive<ItemForm>(emptyForm())
  /** The stored version being edited; null for an item not saved yet. */
  const saved = ref<CatalogItem | null>(null)
  const versions = ref<ItemVersion[]>([])
  /** An older version opened read-only from the history. */
  const viewed = ref<CatalogItem | null>(null)
  const serverErrors = ref<Record<string, string>>({})
  const alerts = ref<string[]>([])
  const loading = ref(false)
  const loadError = ref<string | null>(null)
  const busy = ref<'save' | 'publish' | 'retire' | 'upload' | 'version' | null>(null)
  const snapshot = ref(JSON.stringify(inputFromForm(form)))
  /** What each errored field held when the server complained, to clear the error once it is edited. */
  const erroredValues = new Map<string, string>()

  const isNew = computed(() => saved.value === null)
  const dirty = computed(() => JSON.stringify(inputFromForm(form)) !== snapshot.value)
  const hasPublished = computed(() => versions.value.some((version) => version.status === 'PUBLISHED'))
  const canPublish = computed(() => isNew.value || dirty.value || saved.value?.status === 'DRAFT')
  const canRetire = computed(() => hasPublished.value)

  function clearProblems(): void {
    serverErrors.value = {}
    erroredValues.clear()
    alerts.value = []
  }

  function apply(item: CatalogItem): void {
    Object.assign(form, formFromItem(item))
    saved.value = item
    snapshot.value = JSON.stringify(inputFromForm(form))
  }

  /** Start a new, empty item. */
  function startNew(): void {
    Object.assign(form, emptyForm())
    saved.value = null
    versions.value = []
    viewed.value = null
    loadError.value = null
    snapshot.value = JSON.stringify(inputFromForm(form))
    clearProblems()
  }

  function showProblem(error: unknown, aliases: Record<string, string> = {}): void {
    const problem = apiProblem(error)
    if (!problem) {
      console.error(error)
      alerts.value = [t('catalog.editor.failed')]
      return
    }
    const fieldErrors = problem.fieldErrors.map((entry) => ({ ...entry, field: aliases[entry.field] ?? entry.field }))
    const placed = placeFieldErrors(fieldErrors, editorProps(form))
    serverErrors.value = placed.byField
    erroredValues.clear()
    for (const prop of Object.keys(placed.byField)) erroredValues.set(prop, JSON.stringify(valueAt(form, prop)))
    alerts.value = fieldErrors.length === 0 ? [problem.message ?? t('catalog.editor.failed')] : placed.unplaced
    if (Object.keys(placed.byField).length > 0) ElMessage.error(t('catalog.editor.checkFields'))
  }

  // A field's server error goes away as soon as the field is edited.
  watch(
    form,
    () => {
      if (erroredValues.size === 0) return
      const next = { ...serverErrors.value }
      for (const [prop, value] of erroredValues) {
        if (JSON.stringify(valueAt(form, prop)) !== value) {
          delete next[prop]
          erroredValues.delete(prop)
        }
      }
      serverErrors.value = next
    },
    { deep: true },
  )

  async function refreshVersions(code: string): Promise<void> {
    try {
      versions.value = newestFirst(await fetchVersions(code))
    } catch (error) {
      console.warn('Could not refresh the version history', error)
    }
  }

  /** Open the latest version of `code`, draft or not. */
  async function load(code: string): Promise<void> {
    loading.value = true
    loadError.value = null
    viewed.value = null
    clearProblems()
    try {
      versions.value = newestFirst(await fetchVersions(code))
      const latest = versions.value[0]?.version
      apply(await fetchItem(code, latest === undefined ? {} : { version: latest }))
    } catch (error) {
      loadError.value = apiProblem(error)?.message ?? t('catalog.editor.loadFailed')
    } finally {
      loading.value = false
    }
  }

  async function run<T>(
    kind: NonNullable<typeof busy.value>,
    action: () => Promise<T>,
    aliases?: Record<string, string>,
  ): Promise<T | null> {
    busy.value = kind
    clearProblems()
    try {
      return await action()
    } catch (error) {
      showProblem(error, aliases)
      return null
    } finally {
      busy.value = null
    }
  }

  /** Save the form as the draft (creating the item or its next version). */
  async function save(): Promise<CatalogItem | null> {
    const input = inputFromForm(form)
    const current = saved.value
    const item = await run('save', () => (current ? updateItem(current.code, input) : createItem(input)))
    if (!item) return null
    apply(item)
    await refreshVersions(item.code)
    ElMessage.success(t('catalog.editor.saved'))
    return item
  }

  /** Publish the latest draft, saving unsaved changes first. */
  async function publish(): Promise<boolean> {
    if (isNew.value || dirty.value) {
      if (!(await save())) return false
    }
    const code = saved.value!.code
    const item = await run('publish', () => publishItem(code))
    if (!item) return false
    apply(item)
    await refreshVersions(code)
    ElMessage.success(t('catalog.editor.published'))
    return true
  }

  async function retire(): Promise<boolean> {
    const code = saved.value?.code
    if (!code) return false
    const item = await run('retire', () => retireItem(code))
    if (!item) return false
    apply(item)
    await refreshVersions(code)
    ElMessage.success(t('catalog.editor.retired'))
    return true
  }

  /** Upload the blank form of material `index`; the form must be saved (indexes match). */
  async function uploadForm(index: number, file: File): Promise<boolean> {
    const code = saved.value?.code
    if (!code || dirty.value) return false
    const item = await run('upload', () => uploadBlankForm(code, index, file), {
      file: `materials[${index}].blankForm`,
    })
    if (!item) return false
    apply(item)
    await refreshVersions(code)
    ElMessage.success(t('catalog.editor.uploaded'))
    return true
  }

  /** Open version `version` read-only. */
  async function viewVersion(version: number): Promise<void> {
    const code = saved.value?.code
    if (!code) return
    const item = await run('version', () => fetchItem(code, { version }))
    viewed.value = item
  }

  return {
    form,
    saved,
    versions,
    viewed,
    serverErrors,
    alerts,
    loading,
    loadError,
    busy,
    isNew,
    dirty,
    hasPublished,
    canPublish,
    canRetire,
    startNew,
    load,
    save,
    publish,
    retire,
    uploadForm,
    viewVersion,
  }
}
