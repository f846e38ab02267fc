import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { Form, schemaVersion } from '@bpmn-io/form-js-viewer'
import { createAppI18n } from '@/i18n'
import { FORMS as forms, formSchema } from '@/testing/forms'
import TaskFormViewer from './TaskFormViewer.vue'
import { preactFramesSettled } from '@/testing/formJsFrames'

let wrapper: VueWrapper | null = null

async function render(schema: Record<string, unknown>, data: Record<string, unknown> = {}) {
  wrapper = mount(TaskFormViewer, { props: { schema, data }, attachTo: document.body, global: { plugins: [createAppI18n('zh-CN')] } })
  await flushPromises()
  return wrapper as unknown as VueWrapper<InstanceType<typeof TaskFormViewer>>
}

afterAll(preactFramesSettled)

describe('TaskFormViewer', () => {
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
  })

  it('finds the licensing, complaint, rating and supervision-card forms, each keyed by its file name', () => {
    expect(Object.keys(forms).sort()).toEqual([
      'complaint-acceptance',
      'complaint-handling-result',
      'complaint-routing',
      'levy-assessment',
      'levy-court-enforcement',
      'levy-override-approval',
      'licensing-certificate',
      'licensing-delivery',
      'licensing-extension-approval',
      'licensing-joint-opinion',
      'licensing-payment',
      'licensing-pre-check',
      'licensing-review',
      'rating-follow-up',
      'supervision-card-answer',
      'supervision-card-review',
    ])
    for (const [name, schema] of Object.entries(forms)) {
      expect(schema.id).toBe(name)
      expect(schema.type).toBe('default')
      expect(schema.schemaVersion).toBeLessThanOrEqual(schemaVersion)
    }
  })

  it('renders every form without import warnings', async () => {
    for (const schema of Object.values(forms)) {
      const form = new Form({ container: document.createElement('div') })
      const { warnings } = await form.importSchema(structuredClone(schema), {})
      expect(warnings).toEqual([])
      form.destroy()
    }
  })

  it('shows the options the task data brings and answers only the field values', async () => {
    const view = await render(formSchema('licensing-review'), {
      opinion: '同意',
      returnOptions: [{ label: '承办人审查', value: 'handler' }],
    })
    expect(view.text()).toContain('审批意见')
    expect(view.text()).toContain('退回至（仅退回时填写）')
    const values = view.vm.submit()
    expect(values).toMatchObject({ opinion: '同意' })
    expect(values).not.toHaveProperty('returnOptions')
    expect(view.emitted('submit')?.[0]?.[0]).toEqual(values)
  })

  it('refuses to answer while a required field is empty, in Chinese', async () => {
    const view = await render(formSchema('levy-assessment'))
    expect(view.vm.submit()).toBeNull()
    expect(view.emitted('invalid')?.[0]?.[0]).toMatchObject({ Field_Quantity: ['此项为必填项'] })
    await flushPromises()
    expect(view.text()).toContain('此项为必填项')
  })

  it('lists the material options of a pre-check as checkboxes', async () => {
    const view = await render(formSchema('licensing-pre-check'), {
      materialOptions: [
        { label: '营业执照', value: '营业执照' },
        { label: '场所平面图', value: '场所平面图' },
      ],
    })
    expect(view.findAll('input[type="checkbox"]')).toHaveLength(2)
    expect(view.text()).toContain('场所平面图')
  })

  it('disposes of the form when it goes away', async () => {
    const destroy = vi.spyOn(Form.prototype, 'destroy')
    const view = await render(formSchema('licensing-delivery'))
    expect(view.find('.fjs-container').exists()).toBe(true)
    view.unmount()
    wrapper = null
    expect(destroy).toHaveBeenCalled()
    destroy.mockRestore()
  })
})
