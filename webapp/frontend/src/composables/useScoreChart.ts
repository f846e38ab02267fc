import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { init, type ECharts } from 'echarts/core'

/**
 * One ECharts instance on `element` of the score page: created on mount, drawn by
 * `draw(chart)`, resized with the window, disposed on unmount. `draw` runs again on
 * `redraw()` (the caller watches its data and the locale).
 */
export function useScoreChart(
  element: Ref<HTMLDivElement | undefined>,
  draw: (chart: ECharts) => void,
  ready: (chart: ECharts) => void = () => {},
) {
  let chart: ECharts | undefined

  function redraw(): void {
    if (chart) draw(chart)
  }

  function resize(): void {
    chart?.resize()
  }

  onMounted(() => {
    if (!element.value) return
    chart = init(element.value)
    ready(chart)
    redraw()
    window.addEventListener('resize', resize)
  })

  onBeforeUnmount(() => {
    window.removeEventListener('resize', resize)
    chart?.dispose()
  })

  return { redraw }
}
