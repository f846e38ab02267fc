import { defineComponent, type Plugin } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'

/**
 * Test helper: run a composable inside a mounted component (it may need inject, i18n,
 * lifecycle hooks) and answer what it returns. Chinese texts unless other plugins are given.
 */
export function withSetup<T>(composable: () => T, plugins: Plugin[] = [createAppI18n('zh-CN')]): T {
  let result!: T
  mount(
    defineComponent({
      setup() {
        result = composable()
        return () => null
      },
    }),
    { global: { plugins } },
  )
  return result
}
