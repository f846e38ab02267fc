/**
 * form-js renders with Preact, whose hooks schedule work after the next frame with a
 * 100 ms timeout fallback. A spec file that ends sooner has its jsdom globals removed
 * before that timeout fires, and the timeout's `cancelAnimationFrame` then throws an
 * unhandled ReferenceError, which fails the whole run. Spec files that render a form
 * wait for those timeouts in `afterAll`.
 */
export function preactFramesSettled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 150))
}
