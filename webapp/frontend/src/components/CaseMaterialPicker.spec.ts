import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ElUpload, type UploadFile } from 'element-plus'
import { createAppI18n } from '@/i18n'
import { anItem } from '@/testing/caseworkFixtures'
import type { MaterialFiles } from '@/utils/upload'
import CaseMaterialPicker from './CaseMaterialPicker.vue'

vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const { ElMessage } = await import('element-plus')

function picker(files: MaterialFiles = {}) {
  const wrapper = mount(CaseMaterialPicker, {
    props: { materials: anItem().materials, modelValue: files, 'onUpdate:modelValue': (value: MaterialFiles) => wrapper.setProps({ modelValue: value }) },
    global: { plugins: [createAppI18n('zh-CN')] },
  })
  return wrapper
}

function choose(wrapper: ReturnType<typeof picker>, row: number, file: File): Promise<void> {
  const onChange = wrapper.findAllComponents(ElUpload)[row]!.props('onChange') as (upload: UploadFile) => void
  onChange({ name: file.name, raw: file, uid: 1, status: 'ready' } as unknown as UploadFile)
  return wrapper.vm.$nextTick()
}

describe('CaseMaterialPicker', () => {
  it('lists the materials with required tags and accepts PDF, JPEG and PNG', () => {
    const wrapper = picker()
    expect(wrapper.find('[data-test="material-row-0"]').text()).toContain('食品经营许可申请书')
    expect(wrapper.find('[data-test="material-row-0"]').text()).toContain('必需')
    expect(wrapper.find('[data-test="material-row-1"]').text()).toContain('非必需')
    expect(wrapper.find('input[type="file"]').attributes('accept')).toContain('application/pdf')
    expect(wrapper.text()).toContain('单个文件不超过 10 MB')
  })

  it('adds a chosen file to its material and removes it again', async () => {
    const wrapper = picker()
    const file = new File(['%PDF'], '平面图.pdf', { type: 'application/pdf' })
    await choose(wrapper, 1, file)
    expect(wrapper.props('modelValue')).toEqual({ 1: [file] })
    expect(wrapper.find('[data-test="material-row-1"] [data-test="material-file"]').text()).toContain('平面图.pdf')
    await wrapper.find('[data-test="material-file"] button').trigger('click')
    expect(wrapper.props('modelValue')).toEqual({ 1: [] })
  })

  it('turns away files over 10 MB and of other types', async () => {
    const wrapper = picker()
    const big = new File(['x'], '大文件.pdf', { type: 'application/pdf' })
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 })
    await choose(wrapper, 0, big)
    await choose(wrapper, 0, new File(['x'], '说明.docx', { type: 'application/msword' }))
    expect(wrapper.props('modelValue')).toEqual({})
    expect(ElMessage.error).toHaveBeenCalledWith('“大文件.pdf”超过 10 MB')
    expect(ElMessage.error).toHaveBeenCalledWith('“说明.docx”不是 PDF、JPG 或 PNG 文件')
  })
})
