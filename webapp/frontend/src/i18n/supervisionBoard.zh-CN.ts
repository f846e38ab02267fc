/** Texts of the live supervision board (监察看板). Kept apart so that features merge without conflicts. */
export default {
  supervisionBoard: {
    nav: '监察看板',
    title: '电子监察实时看板',
    loadFailed: '看板数据读取失败，请稍后重试',
    state: {
      connecting: '正在连接',
      live: '实时',
      reconnecting: '连接中断，正在重连',
    },
    figures: {
      receivedToday: '今日收件',
      openCases: '在办件',
      overdue: '超承诺时限',
      pastStatutory: '超法定时限',
      closedToday: '今日办结',
    },
    chartTitle: '各部门在办与超时',
    department: '部门',
    feedTitle: '最新预警',
    feedEmpty: '暂无新预警，新的预警会即时出现在这里',
    levels: {
      REMINDER: '提示',
      YELLOW: '黄牌',
      RED: '红牌',
      ANOMALY: '异常',
    },
    updatedAt: '更新于 {time}',
  },
}
