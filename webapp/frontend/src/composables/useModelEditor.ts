import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  deployDraft,
  listDrafts,
  openModel,
  saveDraft,
  validateModel,
  type Deployed,
  type ModelDraft,
  type ModelKind,
  type OpenedModel,
} from '@/api/modeling'
import { serverMessage } from '@/api/errors'

/**
 * One process, decision table or form in the workbench: open (the latest draft, else what
 * is deployed), validate, save as the next draft (naming the draft it was based on, so a
 * colleague's save in between is not overwritten) and deploy.
 */
export function useModelEditor(kind: ModelKind, key: string) {
  const { t } = useI18n()
  const opened = ref<OpenedModel | null>(null)
  const drafts = ref<ModelDraft[]>([])
  const baseDraftNo = ref(0)
  const busy = ref<'' | 'loading' | 'saving' | 'validating' | 'deploying'>('')
  const errorMessage = ref('')
  const problems = ref<string[]>([])
  const deployed = ref<Deployed | null>(null)
  const dirty = ref(false)
  let savedContent: string | null = null

  const latestDraft = computed(() => drafts.value[0] ?? null)

  async function load(): Promise<void> {
    busy.value = 'loading'
    try {
      opened.value = await openModel(kind, key)
      baseDraftNo.value = opened.value.draftNo
      savedContent = opened.value.source === 'DRAFT' ? opened.value.content : null
      drafts.value = await listDrafts(kind, key)
      errorMessage.value = ''
      dirty.value = false
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.editor.loadFailed')
    } finally {
      busy.value = ''
    }
  }

  async function validate(content: string): Promise<boolean> {
    busy.value = 'validating'
    try {
      problems.value = (await validateModel(kind, key, content)).problems
      errorMessage.value = ''
      return problems.value.length === 0
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.editor.validateFailed')
      return false
    } finally {
      busy.value = ''
    }
  }

  async function save(content: string, note?: string): Promise<ModelDraft | null> {
    busy.value = 'saving'
    try {
      const draft = await saveDraft(kind, key, {
        content,
        note,
        baseDraftNo: baseDraftNo.value,
        itemCode: opened.value?.itemCode ?? null,
      })
      baseDraftNo.value = draft.draftNo
      savedContent = content
      dirty.value = false
      drafts.value = await listDrafts(kind, key)
      errorMessage.value = ''
      return draft
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.editor.saveFailed')
      return null
    } finally {
      if (busy.value === 'saving') busy.value = ''
    }
  }

  /** Deploys what is in the editor: saved first as a draft if it changed since the last save. */
  async function deploy(content: string): Promise<Deployed | null> {
    deployed.value = null
    let draftNo = baseDraftNo.value
    if (content !== savedContent || draftNo === 0) {
      const draft = await save(content)
      if (!draft) return null
      draftNo = draft.draftNo
    }
    busy.value = 'deploying'
    try {
      deployed.value = await deployDraft(kind, key, draftNo)
      drafts.value = await listDrafts(kind, key)
      errorMessage.value = ''
      return deployed.value
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.editor.deployFailed')
      return null
    } finally {
      busy.value = ''
    }
  }

  function markChanged(): void {
    dirty.value = true
  }

  return {
    opened,
    drafts,
    latestDraft,
    baseDraftNo,
    busy,
    dirty,
    errorMessage,
    problems,
    deployed,
    load,
    validate,
    save,
    deploy,
    markChanged,
  }
}
