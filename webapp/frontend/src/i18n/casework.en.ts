import type caseworkZh from './casework.zh-CN'
import zh from './casework.zh-CN'
const caseworkEn: typeof caseworkZh = zh
export default caseworkEn
