import { describe, expect, it } from 'vitest'
import { archivePdfUrl, searchArchive, verifyBySerial, verifyByUpload } from './archive'
import { fakeAdapter } from '@/testing/fakeAdapter'

const notice = {
  id: 'b7c1',
  type: 'APPROVAL',
  serialNo: '示县市监许准〔2026〕3号',
  agencyCode: 'SFX-SCJGJ',
  agencyName: '示范县市场监督管理局',
  caseNo: 'SFX-SCJGJ-20261207-0001',
  title: '准予行政许可决定书',
  sha256: 'ab'.repeat(32),
  sizeBytes: 20480,
  createdAt: '2026-12-07T01:00:00Z',
  createdBy: 'leader',
}

describe('archive API client', () => {
  it('searches with the set filters only and answers a list page', async () => {
    const calls = fakeAdapter(() => ({ status: 200, body: { notices: [notice], total: 21, page: 1, size: 20 } }))
    const page = await searchArchive({ caseNo: '', type: 'APPROVAL', department: 'SFX-SCJGJ', from: '2026-12-01', page: 1 })
    expect(calls[0]).toMatchObject({
      method: 'GET',
      url: '/api/archive/notices',
      params: { type: 'APPROVAL', department: 'SFX-SCJGJ', from: '2026-12-01', page: 1 },
    })
    expect(page).toEqual({ items: [notice], total: 21, size: 20 })
  })

  it('verifies by serial number and by an uploaded file sent as multipart', async () => {
    const calls = fakeAdapter((call) =>
      call.method === 'GET'
        ? { status: 200, body: { notice, recordedSha256: notice.sha256, storedSha256: notice.sha256, intact: true } }
        : { status: 200, body: { sha256: 'cd'.repeat(32), matches: false, notice: null, storedIntact: null, claimedSerialNo: notice.serialNo } },
    )
    expect((await verifyBySerial(notice.serialNo)).intact).toBe(true)
    expect(calls[0]).toMatchObject({ url: '/api/archive/notices/verify', params: { serialNo: notice.serialNo } })

    const file = new File(['%PDF-1.7'], '决定书.pdf', { type: 'application/pdf' })
    const answer = await verifyByUpload(file)
    expect(answer.claimedSerialNo).toBe(notice.serialNo)
    expect(calls[1]?.method).toBe('POST')
    expect(calls[1]?.form?.get('file')).toBeInstanceOf(File)
  })

  it('builds download URLs', () => {
    expect(archivePdfUrl('b7c1')).toBe('/api/archive/notices/b7c1/pdf')
  })
})
