import { describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES, fileSizeText, filesInOrder, uploadProblem } from './upload'

const file = (name: string, type: string, size: number) => ({ name, type, size })

describe('uploadProblem', () => {
  it('takes PDF, JPEG and PNG up to 10 MB', () => {
    expect(uploadProblem(file('a.pdf', 'application/pdf', 1))).toBeNull()
    expect(uploadProblem(file('a.jpg', 'image/jpeg', MAX_UPLOAD_BYTES))).toBeNull()
    expect(uploadProblem(file('a.png', 'image/png', 5))).toBeNull()
  })

  it('trusts the extension when the system reports no type', () => {
    expect(uploadProblem(file('扫描件.JPEG', '', 10))).toBeNull()
    expect(uploadProblem(file('a.docx', '', 10))).toBe('type')
  })

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(uploadProblem(file('a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 1))).toBe('type')
    expect(uploadProblem(file('a.pdf', 'application/pdf', 0))).toBe('empty')
    expect(uploadProblem(file('a.pdf', 'application/pdf', MAX_UPLOAD_BYTES + 1))).toBe('size')
  })
})

describe('filesInOrder', () => {
  it('pairs files with their material index, by material', () => {
    const a = new File(['a'], 'a.pdf')
    const b = new File(['b'], 'b.pdf')
    const c = new File(['c'], 'c.pdf')
    expect(filesInOrder({ 10: [c], 2: [a, b], 3: [] })).toEqual([
      { materialIndex: 2, file: a },
      { materialIndex: 2, file: b },
      { materialIndex: 10, file: c },
    ])
  })
})

describe('fileSizeText', () => {
  it('reads as KB or MB', () => {
    expect(fileSizeText(2048)).toBe('2 KB')
    expect(fileSizeText(100)).toBe('1 KB')
    expect(fileSizeText(1.5 * 1024 * 1024)).toBe('1.5 MB')
  })
})
