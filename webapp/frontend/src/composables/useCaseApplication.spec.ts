import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { CatalogItem } from '@/api/catalog'
import { fakeAdapter, type RecordedCall } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { aMaterial, anItem } from '@/testing/caseworkFixtures'
import { PHONE_PATTERN, useCaseApplication } from './useCaseApplication'

const setup = (item: CatalogItem, channel: 'ONLINE' | 'WINDOW' = 'ONLINE') =>
  withSetup(() => useCaseApplication(ref(item), channel, '张三'))

function fill(application: ReturnType<typeof useCaseApplication>): void {
  Object.assign(application.form.applicant, { type: 'PERSON', idNo: '110101199003077777', phone: '13800138000' })
  Object.assign(application.form.formData, { description: ' 新开一家面馆 ', projectName: '', address: '人民路 1 号' })
}

const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' })

/** POST /api/cases answers the new case; each material upload answers 201, or 400 for files named bad*. */
function backend(): RecordedCall[] {
  return fakeAdapter((call) => {
    if (call.url === '/api/cases') return { status: 201, body: { caseNo: 'SFX-2026-000123', queryCode: 'K7P2QX', status: 'RECEIVED' } }
    const file = call.form?.get('file') as File
    if (file.name.startsWith('bad')) return { status: 400, body: { error: 'bad_request', message: '文件内容不是 PDF' } }
    return { status: 201, body: aMaterial({ fileName: file.name }) }
  })
}

describe('useCaseApplication', () => {
  it('files the case first, then uploads every file with its material index, in material order', async () => {
    const calls = backend()
    const application = setup(anItem())
    fill(application)
    application.files.value = { 1: [pdf('平面图.pdf')], 0: [pdf('申请书.pdf'), pdf('申请书-2.pdf')] }
    const result = await application.submit()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/cases',
      'POST /api/cases/SFX-2026-000123/materials',
      'POST /api/cases/SFX-2026-000123/materials',
      'POST /api/cases/SFX-2026-000123/materials',
    ])
    expect(calls[0]?.json).toEqual({
      itemCode: 'SFX-SCJGJ-XK-0001',
      applicant: { name: '张三', type: 'PERSON', idNo: '110101199003077777', phone: '13800138000' },
      channel: 'ONLINE',
      formData: { description: '新开一家面馆', address: '人民路 1 号' },
    })
    expect(calls.slice(1).map((c) => [c.form?.get('materialIndex'), (c.form?.get('file') as File).name])).toEqual([
      ['0', '申请书.pdf'],
      ['0', '申请书-2.pdf'],
      ['1', '平面图.pdf'],
    ])
    expect(result).toEqual({ caseNo: 'SFX-2026-000123', queryCode: 'K7P2QX', uploaded: 3, failed: [] })
    expect(application.submitting.value).toBe(false)
    expect(application.progress.value).toBeNull()
  })

  it('keeps the case when a file fails and reports the file', async () => {
    backend()
    const application = setup(anItem())
    fill(application)
    application.files.value = { 0: [pdf('bad.pdf'), pdf('申请书.pdf')] }
    const result = await application.submit()
    expect(result?.caseNo).toBe('SFX-2026-000123')
    expect(result?.uploaded).toBe(1)
    expect(result?.failed).toEqual([{ materialIndex: 0, fileName: 'bad.pdf', message: '文件内容不是 PDF' }])
  })

  it('asks online applicants for every required material before filing anything', async () => {
    const calls = backend()
    const application = setup(anItem())
    fill(application)
    application.files.value = { 1: [pdf('平面图.pdf')] }
    expect(await application.submit()).toBeNull()
    expect(calls).toHaveLength(0)
    expect(application.errorMessage.value).toBe('请上传必需的材料：食品经营许可申请书')
  })

  it('lets a window clerk file without scans', async () => {
    const calls = backend()
    const application = setup(anItem(), 'WINDOW')
    fill(application)
    const result = await application.submit()
    expect(result?.uploaded).toBe(0)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.json).toMatchObject({ channel: 'WINDOW' })
  })

  it('puts the server field errors on the fields', async () => {
    fakeAdapter(() => ({
      status: 400,
      body: { status: 400, error: 'invalid', message: '申请信息有误', fieldErrors: [{ field: 'applicant.phone', message: '手机号码不正确' }] },
    }))
    const application = setup(anItem(), 'WINDOW')
    fill(application)
    expect(await application.submit()).toBeNull()
    expect(application.serverErrors.value).toEqual({ 'applicant.phone': '手机号码不正确' })
    expect(application.errorMessage.value).toBe('请根据提示修改标红的字段')
  })

  it('preselects the only applicant type an item takes, and offers only the types it takes', () => {
    const application = setup(anItem({ applicantTypes: ['ENTERPRISE'] }))
    expect(application.form.applicant.type).toBe('ENTERPRISE')
    expect(application.applicantTypes.value).toEqual(['ENTERPRISE'])
    expect(application.form.applicant.name).toBe('张三')
  })

  it('accepts 11-digit mainland mobile numbers only', () => {
    expect(PHONE_PATTERN.test('13800138000')).toBe(true)
    expect(PHONE_PATTERN.test('1380013800')).toBe(false)
    expect(PHONE_PATTERN.test('12800138000')).toBe(false)
    expect(PHONE_PATTERN.test('138001380001')).toBe(false)
  })
})
