import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { previewGenerated, saveGenerated, type GeneratedProcess, type ModelDraft } from '@/api/modeling'
import { serverMessage } from '@/api/errors'

/**
 * An item's process generated from the catalog: first a preview with its difference from
 * the current process, then the save, which replaces a different process only when
 * confirmed.
 */
export function useItemGeneration() {
  const { t } = useI18n()
  const generated = ref<GeneratedProcess | null>(null)
  const loading = ref(false)
  const errorMessage = ref('')

  /** Whether saving would replace a process that differs (so the reform office must confirm). */
  const replacesDifferent = computed(() => {
    const diff = generated.value?.diff
    return !!diff && (diff.added.length > 0 || diff.removed.length > 0 || diff.changed.length > 0 || diff.xmlDiff.length > 0)
  })

  async function preview(itemCode: string): Promise<GeneratedProcess | null> {
    loading.value = true
    generated.value = null
    try {
      generated.value = await previewGenerated(itemCode)
      errorMessage.value = ''
      return generated.value
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.generate.failed')
      return null
    } finally {
      loading.value = false
    }
  }

  async function save(confirm: boolean): Promise<ModelDraft | null> {
    if (!generated.value) return null
    loading.value = true
    try {
      const draft = await saveGenerated(generated.value.itemCode, confirm)
      errorMessage.value = ''
      return draft
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.generate.failed')
      return null
    } finally {
      loading.value = false
    }
  }

  return { generated, loading, errorMessage, replacesDifferent, preview, save }
}
