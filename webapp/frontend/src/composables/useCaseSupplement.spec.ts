import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { CaseDetail } from '@/api/cases'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { aCase, aMaterial, anItem } from '@/testing/caseworkFixtures'
import { useCaseSupplement } from './useCaseSupplement'

vi.mock('element-plus', async (importOriginal) => ({
  ...(await importOriginal<typeof import('element-plus')>()),
  ElMessage: { success: vi.fn(), error: vi.fn() },
}))

const corrected = aCase({
  status: 'CORRECTION_REQUESTED',
  timeline: [
    { at: '2026-10-12T01:00:00Z', kind: 'RECEIVED', actor: 'applicant', actorName: '张三', step: null, outcome: null, opinion: null, detail: null, anomaly: false },
    {
      at: '2026-10-13T01:00:00Z',
      kind: 'CORRECTION_REQUESTED',
      actor: 'clerk',
      actorName: '王窗口',
      step: 'pre-check',
      outcome: 'REQUEST_CORRECTION',
      opinion: '平面图不清晰',
      detail: '食品经营许可申请书；场所平面图',
      anomaly: false,
    },
  ],
})

const setup = (detail: CaseDetail = corrected) => withSetup(() => useCaseSupplement(ref(detail)))

const pdf = (name: string) => new File(['%PDF'], name, { type: 'application/pdf' })

describe('useCaseSupplement', () => {
  it('tells which materials the latest correction request asked for, not the clerk\'s internal opinion', () => {
    expect(setup().request.value).toEqual(['食品经营许可申请书', '场所平面图'])
    expect(setup().request.value).not.toContain('平面图不清晰')
  })

  it('reads the materials of the published item', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: anItem() }))
    const state = setup()
    await state.loadMaterials()
    expect(calls[0]?.url).toBe('/api/items/SFX-SCJGJ-XK-0001')
    expect(state.materials.value.map((m) => m.name)).toEqual(['食品经营许可申请书', '场所平面图'])
  })

  it('uploads the files, then declares the correction done with the note', async () => {
    const calls = fakeAdapter((call) =>
      call.url.endsWith('/supplement') ? { status: 200, body: aCase({ status: 'RECEIVED' }) } : { status: 201, body: aMaterial() },
    )
    const state = setup()
    state.files.value = { 1: [pdf('平面图.pdf')] }
    state.note.value = ' 已补交清晰的平面图 '
    const updated = await state.submit()
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/cases/SFX-2026-000123/materials',
      'POST /api/cases/SFX-2026-000123/supplement',
    ])
    expect(calls[1]?.json).toEqual({ note: '已补交清晰的平面图' })
    expect(updated?.status).toBe('RECEIVED')
    expect(state.files.value).toEqual({})
  })

  it('keeps a failed file chosen and does not declare the correction done', async () => {
    const calls = fakeAdapter((call) => {
      const name = (call.form?.get('file') as File | null)?.name
      return name === 'bad.pdf' ? { status: 400, body: { error: 'bad_request', message: '文件不是 PDF' } } : { status: 201, body: aMaterial() }
    })
    const state = setup()
    const bad = pdf('bad.pdf')
    state.files.value = { 0: [pdf('good.pdf'), bad] }
    expect(await state.submit()).toBeNull()
    expect(calls.every((c) => c.url.endsWith('/materials'))).toBe(true)
    expect(state.files.value).toEqual({ 0: [bad] })
    expect(state.failed.value).toEqual([{ materialIndex: 0, fileName: 'bad.pdf', message: '文件不是 PDF' }])
  })
})
