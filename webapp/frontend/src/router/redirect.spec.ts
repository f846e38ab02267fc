import { describe, expect, it } from 'vitest'
import { sanitizeRedirect } from './redirect'

describe('sanitizeRedirect', () => {
  it.each([
    ['/', '/'],
    ['/admin/clock', '/admin/clock'],
    ['/tasks?page=2&sort=due#top', '/tasks?page=2&sort=due#top'],
    ['/a/../admin/clock', '/admin/clock'],
  ])('keeps the in-app path %s', (raw, expected) => {
    expect(sanitizeRedirect(raw)).toBe(expected)
  })

  it.each([
    'https://evil.example/',
    'http://evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    'javascript:alert(1)',
    'admin/clock',
    ' /admin',
    '/admin\n',
    '/bad%E0%A4%A',
    '',
  ])('rejects %j', (raw) => {
    expect(sanitizeRedirect(raw)).toBe('/')
  })

  it('rejects non-strings and uses the first of repeated parameters', () => {
    expect(sanitizeRedirect(undefined)).toBe('/')
    expect(sanitizeRedirect(null)).toBe('/')
    expect(sanitizeRedirect(42)).toBe('/')
    expect(sanitizeRedirect(['/admin/clock', '/x'])).toBe('/admin/clock')
  })

  it('does not return to the login or 401 pages', () => {
    expect(sanitizeRedirect('/login?redirect=/x')).toBe('/')
    expect(sanitizeRedirect('/401')).toBe('/')
  })

  it('uses the given fallback', () => {
    expect(sanitizeRedirect('https://evil.example', '/home')).toBe('/home')
  })
})
