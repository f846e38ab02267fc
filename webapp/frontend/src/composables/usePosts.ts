import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { apiProblem } from '@/api/problems'
import { listPosts, updatePost, type Post } from '@/api/posts'
import { useSessionStore } from '@/stores/session'

/**
 * The department's AB posts: who is absent and who stands in (B post). Anybody may mark
 * themself absent; the department's leader and admins set everybody's absence and backup.
 */
export function usePosts() {
  const { t } = useI18n()
  const session = useSessionStore()
  const posts = ref<Post[]>([])
  const loading = ref(false)
  const errorMessage = ref<string | null>(null)
  const savingUser = ref<string | null>(null)

  const canManage = computed(() => session.hasAnyRole(['leader', 'admin']))

  function canSetAbsent(post: Post): boolean {
    return canManage.value || post.username === session.user?.username
  }

  async function load(): Promise<void> {
    loading.value = true
    errorMessage.value = null
    try {
      posts.value = await listPosts()
    } catch (error) {
      errorMessage.value = apiProblem(error)?.message ?? t('casework.common.loadFailed')
    } finally {
      loading.value = false
    }
  }

  /** PUT the post with one change, then read the list again (the answer carries no body). */
  async function save(post: Post, change: { backup?: string | null; absent?: boolean }): Promise<boolean> {
    savingUser.value = post.username
    try {
      await updatePost(post.username, {
        backup: change.backup !== undefined ? change.backup : post.backup?.username ?? null,
        absent: change.absent ?? post.absent,
      })
      ElMessage.success(t('casework.posts.saved'))
      return true
    } catch (error) {
      ElMessage.error(apiProblem(error)?.message ?? t('casework.common.failed'))
      return false
    } finally {
      savingUser.value = null
      await load()
    }
  }

  return { posts, loading, errorMessage, savingUser, canManage, canSetAbsent, load, save }
}
