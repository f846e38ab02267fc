import { describe, expect, it } from 'vitest'
import { fakeAdapter } from '@/testing/fakeAdapter'
import { withSetup } from '@/testing/withSetup'
import { MAX_UPLOAD_BYTES, useNoticeArchive } from './useNoticeArchive'

describe('useNoticeArchive', () => {
  it('searches with the filters and a 0-based page', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { notices: [], total: 0, page: 0, size: 20 } }))
    const archive = withSetup(() => useNoticeArchive())
    Object.assign(archive.filters, { caseNo: 'SFX-SCJGJ-20261207-0001 ', type: 'APPROVAL', department: '', days: null })
    await archive.search()
    expect(calls[0]?.params).toEqual({ caseNo: 'SFX-SCJGJ-20261207-0001', type: 'APPROVAL', page: 0 })
  })

  it('asks for a serial number before checking, and shows the server message of a failed check', async () => {
    const calls = fakeAdapter(() => ({ status: 404, body: { error: 'not_found', message: '没有找到该文号的文书' } }))
    const archive = withSetup(() => useNoticeArchive())
    await archive.checkSerial('  ')
    expect(calls).toHaveLength(0)
    expect(archive.checkError.value).toBe('请输入文号')
    await archive.checkSerial('示县市监许准〔1999〕1号')
    expect(archive.checkError.value).toBe('没有找到该文号的文书')
    expect(archive.serialCheck.value).toBeNull()
  })

  it('refuses a file above the limit without sending it, and keeps one result at a time', async () => {
    const calls = fakeAdapter((call) =>
      call.method === 'POST'
        ? { status: 200, body: { sha256: 'ab', matches: true, notice: null, storedIntact: true, claimedSerialNo: null } }
        : { status: 200, body: { notice: {}, recordedSha256: 'ab', storedSha256: 'cd', intact: false } },
    )
    const archive = withSetup(() => useNoticeArchive())
    const large = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], 'large.pdf')
    await archive.checkUpload(large)
    expect(calls).toHaveLength(0)
    expect(archive.checkError.value).toContain('10 MB')

    await archive.checkSerial('示县市监许准〔2026〕3号')
    expect(archive.serialCheck.value?.intact).toBe(false)
    await archive.checkUpload(new File(['%PDF-1.7'], 'n.pdf'))
    expect(archive.uploadCheck.value?.matches).toBe(true)
    expect(archive.serialCheck.value).toBeNull()
  })
})
