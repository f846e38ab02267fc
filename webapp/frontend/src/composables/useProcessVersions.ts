import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { listVersions, migrate, migrationPlan, type MigrationSource, type ProcessVersion } from '@/api/modeling'
import { serverMessage } from '@/api/errors'

/**
 * A process's deployed versions with their running cases, and the migration of chosen
 * cases from older versions to a newer one (the engine says which can move and why not).
 */
export function useProcessVersions(key: string) {
  const { t } = useI18n()
  const versions = ref<ProcessVersion[]>([])
  const sources = ref<MigrationSource[]>([])
  const target = ref<number | null>(null)
  const selected = ref<string[]>([])
  const loading = ref(false)
  const errorMessage = ref('')
  const migrated = ref<number | null>(null)

  const latest = computed(() => versions.value[0]?.version ?? null)
  const olderRunning = computed(() =>
    versions.value.filter((version) => latest.value !== null && version.version < latest.value && version.running > 0),
  )

  async function load(): Promise<void> {
    try {
      versions.value = await listVersions(key)
      errorMessage.value = ''
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.versions.loadFailed')
    }
  }

  /** Which running instances of older versions can move to the target version. */
  async function plan(version: number): Promise<void> {
    loading.value = true
    target.value = version
    selected.value = []
    migrated.value = null
    try {
      sources.value = await migrationPlan(key, version)
      selected.value = sources.value.flatMap((source) =>
        source.instances.filter((instance) => instance.canMigrate).map((instance) => instance.id),
      )
      errorMessage.value = ''
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.migration.failed')
    } finally {
      loading.value = false
    }
  }

  async function run(): Promise<boolean> {
    if (target.value === null || selected.value.length === 0) return false
    loading.value = true
    try {
      const count = await migrate(key, target.value, selected.value)
      await load()
      await plan(target.value)
      migrated.value = count
      return true
    } catch (error) {
      errorMessage.value = serverMessage(error) ?? t('modeling.migration.failed')
      return false
    } finally {
      loading.value = false
    }
  }

  return { versions, latest, olderRunning, sources, target, selected, loading, errorMessage, migrated, load, plan, run }
}
