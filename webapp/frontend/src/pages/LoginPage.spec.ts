import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LoginPage from './LoginPage.vue'
import { httpError, mountOnLoginRoute, WAIT } from './loginPageTesting'

// Every export becomes a mock.
vi.mock('@/api/auth')
vi.mock('@/api/clock')

const { login } = await import('@/api/auth')
const loginMock = vi.mocked(login)

function mountLogin(path = '/login') {
  return mountOnLoginRoute(LoginPage, path, { home: '/', clock: '/admin/clock', guide: '/guide' })
}

async function fill(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], user: string, pass: string) {
  await wrapper.find('input[name="username"]').setValue(user)
  await wrapper.find('input[name="password"]').setValue(pass)
}

describe('LoginPage', () => {
  beforeEach(() => {
    loginMock.mockReset()
  })

  it('shows the platform title', async () => {
    const { wrapper } = await mountLogin()
    expect(wrapper.text()).toContain('网上审批与电子监察平台')
    wrapper.unmount()
  })

  it('offers sign-in with a phone code as a second tab', async () => {
    const { wrapper } = await mountLogin()
    const tabs = wrapper.findAll('.el-tabs__item').map((tab) => tab.text())
    expect(tabs).toEqual(['账号密码登录', '手机验证码登录'])
    expect(wrapper.find('input[name="phone"]').exists()).toBe(false)
    await wrapper.findAll('.el-tabs__item')[1]!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('input[name="phone"]').isVisible()).toBe(true), WAIT)
    expect(wrapper.find('[data-test="phone-send-code"]').text()).toBe('获取验证码')
    wrapper.unmount()
  })

  it('links to the public service guide', async () => {
    const { wrapper } = await mountLogin()
    expect(wrapper.find('[data-test="guide-link"]').attributes('href')).toBe('/guide')
    wrapper.unmount()
  })

  it('shows both validation errors when submitted empty and does not call the server', async () => {
    const { wrapper } = await mountLogin()
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      const errors = wrapper.findAll('.el-form-item__error').map((e) => e.text())
      expect(errors).toEqual(['请输入用户名', '请输入密码'])
    }, WAIT)
    expect(loginMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('shows the server message on 401', async () => {
    loginMock.mockRejectedValue(httpError(401, { error: 'unauthorized', message: '用户名或密码错误' }))
    const { wrapper } = await mountLogin()
    await fill(wrapper, 'clerk', 'wrong')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误')
    }, WAIT)
    expect(loginMock).toHaveBeenCalledWith('clerk', 'wrong')
    wrapper.unmount()
  })

  it('shows the server message on 429', async () => {
    loginMock.mockRejectedValue(httpError(429, { error: 'too_many_requests', message: '尝试次数过多，请稍后再试' }))
    const { wrapper } = await mountLogin()
    await fill(wrapper, 'clerk', 'wrong')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="login-error"]').text()).toContain('尝试次数过多')
    }, WAIT)
    wrapper.unmount()
  })

  it('returns to a safe ?redirect= after logging in', async () => {
    loginMock.mockResolvedValue({
      username: 'clerk', displayName: '王窗口', department: null, section: null, region: null, roles: ['clerk'],
    })
    const { wrapper, router } = await mountLogin('/login?redirect=%2Fadmin%2Fclock')
    await fill(wrapper, 'clerk', 'secret')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/admin/clock'), WAIT)
    wrapper.unmount()
  })

  it('ignores an absolute ?redirect= URL', async () => {
    loginMock.mockResolvedValue({
      username: 'clerk', displayName: '王窗口', department: null, section: null, region: null, roles: ['clerk'],
    })
    const { wrapper, router } = await mountLogin('/login?redirect=https%3A%2F%2Fevil.example%2F')
    await fill(wrapper, 'clerk', 'secret')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(loginMock).toHaveBeenCalled(), WAIT)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
    wrapper.unmount()
  })
})
