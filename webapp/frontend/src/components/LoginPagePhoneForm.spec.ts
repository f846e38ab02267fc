import { beforeEach, describe, expect, it, vi } from 'vitest'
import { httpError, mountOnLoginRoute, WAIT } from '@/pages/loginPageTesting'
import LoginPagePhoneForm from './LoginPagePhoneForm.vue'

// Every export becomes a mock.
vi.mock('@/api/auth')
vi.mock('@/api/clock')

const { phoneLogin, requestPhoneCode } = await import('@/api/auth')
const requestPhoneCodeMock = vi.mocked(requestPhoneCode)
const phoneLoginMock = vi.mocked(phoneLogin)

const applicant = {
  username: 'applicant', displayName: '沈市民', department: null, section: null, region: null, roles: ['applicant'],
}

function mountForm(path = '/login') {
  return mountOnLoginRoute(LoginPagePhoneForm, path, { home: '/', cases: '/cases' })
}

type Wrapper = Awaited<ReturnType<typeof mountForm>>['wrapper']

const sendButton = (wrapper: Wrapper) => wrapper.find('[data-test="phone-send-code"]')

async function signIn(wrapper: Wrapper, phone: string, code: string): Promise<void> {
  await wrapper.find('input[name="phone"]').setValue(phone)
  await wrapper.find('input[name="code"]').setValue(code)
  await wrapper.find('form').trigger('submit')
}

describe('LoginPagePhoneForm', () => {
  beforeEach(() => {
    requestPhoneCodeMock.mockReset()
    phoneLoginMock.mockReset()
  })

  it('asks for a valid mobile number before sending a code', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('12345')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => {
      expect(wrapper.find('.el-form-item__error').text()).toBe('请输入正确的 11 位中国大陆手机号码')
    }, WAIT)
    expect(requestPhoneCodeMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('sends the code and counts down 60 seconds before the next one', async () => {
    requestPhoneCodeMock.mockResolvedValue({ expiresInSeconds: 300 })
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(sendButton(wrapper).text()).toMatch(/^\d+ 秒后重新获取$/), WAIT)
    expect(requestPhoneCodeMock).toHaveBeenCalledWith('13800000001')
    expect(sendButton(wrapper).attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="phone-code-sent"]').text()).toContain('验证码已发送，5 分钟内有效')
    wrapper.unmount()
  })

  it('shows the server message when codes are asked for too often', async () => {
    requestPhoneCodeMock.mockRejectedValue(
      httpError(429, { error: 'too_many_requests', message: '验证码发送过于频繁，请 60 秒后再试' }),
    )
    const { wrapper } = await mountForm()
    await wrapper.find('input[name="phone"]').setValue('13800000001')
    await sendButton(wrapper).trigger('click')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="phone-login-error"]').text()).toContain('验证码发送过于频繁')
    }, WAIT)
    expect(sendButton(wrapper).text()).toBe('获取验证码')
    wrapper.unmount()
  })

  it('signs in with the code and returns to ?redirect=', async () => {
    phoneLoginMock.mockResolvedValue(applicant)
    const { wrapper, router } = await mountForm('/login?redirect=%2Fcases')
    await signIn(wrapper, '13800000001', '123456')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases'), WAIT)
    expect(phoneLoginMock).toHaveBeenCalledWith('13800000001', '123456')
    wrapper.unmount()
  })

  it('shows the server message for a wrong or expired code', async () => {
    phoneLoginMock.mockRejectedValue(httpError(401, { error: 'unauthorized', message: '验证码错误或已过期' }))
    const { wrapper, router } = await mountForm()
    await signIn(wrapper, '13800000001', '000000')
    await vi.waitFor(() => {
      expect(wrapper.find('[data-test="phone-login-error"]').text()).toContain('验证码错误或已过期')
    }, WAIT)
    expect(router.currentRoute.value.fullPath).toBe('/login')
    wrapper.unmount()
  })

  it('does not call the server with a code that is not six digits', async () => {
    const { wrapper } = await mountForm()
    await signIn(wrapper, '13800000001', '12ab')
    await vi.waitFor(() => {
      expect(wrapper.find('.el-form-item__error').text()).toBe('验证码为 6 位数字')
    }, WAIT)
    expect(phoneLoginMock).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
