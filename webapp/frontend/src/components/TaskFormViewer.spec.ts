import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { Form, schemaVersion } from '@bpmn-io/form-js-viewer'
import { createAppI18n } from '@/i18n'
import zhCN from '@/i18n/zh-CN'
import { FORMS as forms, formSchema } from '@/testing/forms'
import TaskFormViewer from './TaskFormViewer.vue'
import { preactFramesSettled } from '@/testing/formJsFrames'

let wrapper: VueWrapper | null = null

async function render(schema: Record<string, unknown>, data: Record<string, unknown> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  wrapper = mount(TaskFormViewer, { props: { schema, data }, attachTo: document.body, global: { plugins: [createAppI18n(locale)] } })
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

  it('shows the labels, descriptions and options of a form in the UI language, by field key', async () => {
    const view = await render(formSchema('licensing-pre-check'), { materialOptions: [{ label: '场所平面图', value: '场所平面图' }] }, 'en')
    expect(view.text()).toContain('Review opinion')
    expect(view.text()).toContain('Missing or non-conforming materials')
    expect(view.text()).toContain('Tick when requesting a one-time correction')
    expect(view.text()).not.toContain('审查意见')
    // The applicant's own material names stay as they are.
    expect(view.text()).toContain('场所平面图')
    const delivery = await render(formSchema('licensing-delivery'), {}, 'en')
    expect(delivery.text()).toContain('Collection at the window')
  })

  it('keeps the Chinese messages in step with the forms themselves', () => {
    const groups = (zhCN as unknown as { casework: { formFields: Record<string, Record<string, { label?: string; text?: string; values?: Record<string, string> }>> } })
      .casework.formFields
    for (const [id, schema] of Object.entries(forms)) {
      const group = groups[id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())]
      if (!group) continue
      for (const component of schema.components as Record<string, unknown>[]) {
        const name = (component.key ?? component.id) as string
        const messages = group[name]
        if (!messages) continue
        if (messages.label) expect(messages.label, `${id}.${name}`).toBe(component.label ?? component.dateLabel)
        if (messages.text) expect(messages.text, `${id}.${name}`).toBe(component.text)
        for (const option of (component.values ?? []) as { label: string; value: string }[]) {
          if (messages.values) expect(messages.values[option.value], `${id}.${name}.${option.value}`).toBe(option.label)
        }
      }
    }
  })

  it('says 请选择, not "Select", in an empty select', async () => {
    const view = await render(formSchema('licensing-review'), { returnOptions: [{ label: '承办人审查', value: 'handler' }] })
    await flushPromises()
    const placeholder = view.find('.fjs-select-placeholder')
    expect(placeholder.exists()).toBe(true)
    expect(placeholder.text()).toBe('请选择')
  })
})
