import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { ElUpload, type UploadFile } from 'element-plus'
import { createAppI18n } from '@/i18n'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { aCase, aMaterial, anItem } from '@/testing/caseworkFixtures'
import CaseMaterialUpload from './CaseMaterialUpload.vue'

vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn(), warning: vi.fn() },
}))

const { ElMessage } = await import('element-plus')

const received = aCase({ status: 'RECEIVED', acceptedAt: null, materials: [aMaterial({ materialIndex: 0 })] })

async function mountUpload() {
  const wrapper = mount(CaseMaterialUpload, { props: { detail: received }, global: { plugins: [createAppI18n('zh-CN')] } })
  await flushPromises()
  return wrapper
}

function choose(wrapper: Awaited<ReturnType<typeof mountUpload>>, file: File): Promise<void> {
  const onChange = wrapper.findAllComponents(ElUpload)[0]!.props('onChange') as (upload: UploadFile) => void
  onChange({ name: file.name, raw: file, uid: 1, status: 'ready' } as unknown as UploadFile)
  return wrapper.vm.$nextTick()
}

describe('CaseMaterialUpload', () => {
  it('offers only the materials not uploaded yet, and uploads the chosen file to the case', async () => {
    const calls = fakeAdapter((call) => (call.url.startsWith('/api/items/') ? { status: 200, body: anItem() } : { status: 201, body: aMaterial({ materialIndex: 1 }) }))
    const wrapper = await mountUpload()
    expect(wrapper.find('[data-test="material-row-0"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="material-row-1"]').text()).toContain('场所平面图')
    await choose(wrapper, new File(['%PDF'], '平面图.pdf', { type: 'application/pdf' }))
    await wrapper.find('[data-test="material-upload-submit"]').trigger('click')
    await flushPromises()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toContain('POST /api/cases/SFX-2026-000123/materials')
    expect(wrapper.emitted('uploaded')).toHaveLength(1)
  })

  it('refuses a file that is not PDF, JPG or PNG, as the application form does', async () => {
    fakeAdapter(() => ({ status: 200, body: anItem() }))
    const wrapper = await mountUpload()
    await choose(wrapper, new File(['x'], 'notes.txt', { type: 'text/plain' }))
    expect(ElMessage.error).toHaveBeenCalledWith('“notes.txt”不是 PDF、JPG 或 PNG 文件')
    expect(wrapper.findAll('[data-test="material-file"]')).toHaveLength(0)
  })

  it('keeps a file the server refused, with its reason', async () => {
    fakeAdapter((call) =>
      call.url.startsWith('/api/items/')
        ? { status: 200, body: anItem() }
        : { status: 400, body: { error: 'invalid', message: '文件内容不是 PDF' } },
    )
    const wrapper = await mountUpload()
    await choose(wrapper, new File(['fake'], 'fake.pdf', { type: 'application/pdf' }))
    await wrapper.find('[data-test="material-upload-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="material-upload-failed"]').text()).toContain('fake.pdf：文件内容不是 PDF')
    expect(wrapper.findAll('[data-test="material-file"]')).toHaveLength(1)
    expect(wrapper.emitted('uploaded')).toBeUndefined()
  })

  it('shows nothing once every material has a file', async () => {
    fakeAdapter(() => ({ status: 200, body: anItem() }))
    const wrapper = mount(CaseMaterialUpload, {
      props: { detail: aCase({ status: 'RECEIVED', materials: [aMaterial({ materialIndex: 0 }), aMaterial({ id: 32, materialIndex: 1 })] }) },
      global: { plugins: [createAppI18n('zh-CN')] },
    })
    await flushPromises()
    expect(wrapper.find('[data-test="case-material-upload"]').exists()).toBe(false)
  })
})
