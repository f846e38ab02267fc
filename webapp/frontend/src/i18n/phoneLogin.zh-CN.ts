/** Texts of the phone code sign-in on the login page. */
export default {
  phoneLogin: {
    passwordTab: '账号密码登录',
    tab: '手机验证码登录',
    phone: '手机号码',
    phonePlaceholder: '请输入 11 位手机号码',
    phoneRequired: '请输入手机号码',
    phoneInvalid: '请输入正确的 11 位中国大陆手机号码',
    code: '验证码',
    codePlaceholder: '6 位数字验证码',
    codeRequired: '请输入验证码',
    codeInvalid: '验证码为 6 位数字',
    sendCode: '获取验证码',
    resendIn: '{seconds} 秒后重新获取',
    sent: '验证码已发送，{minutes} 分钟内有效',
    sendFailed: '验证码发送失败，请稍后重试',
    submit: '登录',
    hint: '未注册的手机号码验证后将自动创建申请人账号',
  },
}
