import { createFetchTransport } from '../adapters/http/fetchTransport'
import { createBrowserLambdaRuntime } from '../adapters/lambda/browserLambdaRuntime'
import { createGatewayHandlers } from '../adapters/msw/gatewayHandlers'
import { cryptoIds } from '../adapters/system/cryptoIds'
import { systemClock } from '../adapters/system/systemClock'
import { browserIdleScheduler, createDeploymentWarmer } from '../adapters/warmup/deploymentWarmer'
import type { Studio } from './createStudio'

/**
 * The in-browser API Gateway emulator: the request handlers the service worker hands requests
 * to, and their trace feed (each trace with the request it answered). Loaded with a dynamic
 * import after the studio's first render (it carries the pipeline, ajv and msw), so the shell
 * does not wait for it. Deployed stages are compiled ahead in idle time (request-model
 * validators, templates), so the first request after a deploy does not wait for that either.
 */
export function createEmulatorRuntime(studio: Studio) {
  // The handlers read the open project on every request, so edits and deployments apply at once.
  const emulator = createGatewayHandlers({
    getProject: () => studio.projectStore.getState().project ?? undefined,
    clock: systemClock,
    ids: cryptoIds,
    transport: createFetchTransport({ pageOrigin: location.origin }),
    lambda: createBrowserLambdaRuntime(),
    pageOrigin: location.origin,
  })
  const warmer = createDeploymentWarmer(browserIdleScheduler)
  const warm = () => {
    const project = studio.projectStore.getState().project
    if (project) warmer.warm(project)
  }
  warm()
  studio.projectStore.subscribe((state, previous) => {
    if (state.project !== previous.project) warm()
  })
  return { handlers: emulator.handlers, traces: emulator.traces }
}
