/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const backend = 'http://localhost:8080'
const proxied = ['/api', '/engine-rest', '/camunda', '/actuator']

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    // form-js-editor pins an older preact than the form-js viewer it renders with: two copies
    // of preact break its hooks (an empty editor), so every import gets the one copy.
    dedupe: ['preact'],
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    // Served by the Spring Boot backend from classpath:/static.
    outDir: fileURLToPath(new URL('../target/classes/static', import.meta.url)),
    emptyOutDir: true,
    // Element Plus is imported in full; its chunk is large by design.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The Camunda Forms live in the repository's top-level forms/ folder; specs read them from there.
    // The bpmnlint rules are the repository's lint/ package, linked by npm (file:), outside this folder.
    fs: {
      allow: [
        '.',
        fileURLToPath(new URL('../../forms', import.meta.url)),
        fileURLToPath(new URL('../../lint/bpmnlint-plugin-egov', import.meta.url)),
      ],
    },
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    globals: false,
    include: ['src/**/*.spec.ts'],
    // Let Vite transform Element Plus so it shares the one ESM copy of Vue.
    server: { deps: { inline: ['element-plus'] } },
    // Element Plus' form validator warns on every failed rule in dev builds.
    onConsoleLog: (log) => !log.startsWith('async-validator:'),
  },
})
