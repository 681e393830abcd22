import { afterEach, describe, expect, it, vi } from 'vitest'
import { CompiledApi } from '../../core/gateway/CompiledApi'
import { GatewayEngine } from '../../core/gateway/GatewayEngine'
import { utf8 } from '../../core/gateway/http/bytes'
import { ModelValidators } from '../../core/gateway/validation/ModelValidators'
import type { Project } from '../../core/model/project'
import type { RestApi } from '../../core/model/rest/RestApi'
import {
  buildMethod,
  buildModel,
  buildProject,
  buildRestApi,
  deployed,
  deploymentOf,
  integrationResponse,
  mockIntegration,
} from '../../testing/builders'
import { FakeClock, SequentialIds } from '../../testing/fakes'
import { createDeploymentWarmer, type IdleDeadline, servedSnapshots, warmUpSteps } from './deploymentWarmer'

/** Idle periods the test hands out by hand, each with a number of steps' worth of time. */
function manualIdle() {
  const pending: ((d: IdleDeadline) => void)[] = []
  return {
    schedule: (work: (d: IdleDeadline) => void) => {
      pending.push(work)
    },
    pending,
    /** Runs the next idle period, with time for `steps` steps. */
    runPeriod(steps = Number.POSITIVE_INFINITY) {
      let left = steps
      pending.shift()?.({ timeRemaining: () => (--left > 0 ? 1 : 0) })
    },
  }
}

const person = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } }

function petsApi(id: string): RestApi {
  return buildRestApi({
    id,
    models: { Person: buildModel('Person', person), Unused: buildModel('Unused', { type: 'object' }) },
    requestValidators: {
      body: { id: 'body', name: 'body', validateRequestBody: true, validateRequestParameters: false },
      params: { id: 'params', name: 'params', validateRequestBody: false, validateRequestParameters: true },
    },
    paths: {
      '/person': {
        POST: buildMethod('POST', {
          requestValidatorId: 'body',
          requestModels: { 'application/json': 'Person' },
          integration: mockIntegration({
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
            integrationResponses: {
              default: integrationResponse('200', {
                responseTemplates: { 'application/json': '{"name": $input.json(\'$.name\')}' },
              }),
            },
          }),
        }),
        // Its validator checks parameters only: the model is never compiled for it.
        PUT: buildMethod('PUT', {
          requestValidatorId: 'params',
          requestModels: { 'application/json': 'Unused' },
          integration: mockIntegration(),
        }),
      },
    },
  })
}

function project(): Project {
  const a = petsApi('apiaaaaaaa')
  return deployed(buildProject({ restApis: [a] }), a.id, 'dev')
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('servedSnapshots', () => {
  it('lists the deployments stages serve, the canary’s too, and nothing undeployed', () => {
    let p = project()
    const dev = deploymentOf(p, 'apiaaaaaaa', 'dev')!
    p = deployed(p, 'apiaaaaaaa', 'prod')
    const prod = deploymentOf(p, 'apiaaaaaaa', 'prod')!
    const canaryApi = { ...(prod.snapshot as { api: RestApi }).api }
    const canary = { ...prod, id: 'canary1', snapshot: { kind: 'rest' as const, api: canaryApi } }
    const { deploymentId: _never, ...undeployed } = { ...p.stages[0]!, stageName: 'never' }
    p = {
      ...p,
      deployments: [...p.deployments, canary],
      stages: [
        ...p.stages.map((s) =>
          s.stageName === 'prod'
            ? {
                ...s,
                canarySettings: { deploymentId: 'canary1', percentTraffic: 10, stageVariableOverrides: {} },
              }
            : s,
        ),
        undeployed,
      ],
    }
    expect(servedSnapshots(p)).toEqual([
      (dev.snapshot as { api: RestApi }).api,
      (prod.snapshot as { api: RestApi }).api,
      canaryApi,
    ])
  })
})

describe('warmUpSteps', () => {
  it('compiles the routes, the models validators check bodies against, and every template', () => {
    const api = petsApi('apibbbbbbb')
    const get = vi.spyOn(ModelValidators.prototype, 'get')
    const template = vi.spyOn(CompiledApi.prototype, 'template')
    const steps = warmUpSteps(api)
    expect(steps).toHaveLength(4)
    for (const step of steps) step()
    expect(get.mock.calls).toEqual([['Person']])
    expect(template.mock.calls.map(([t]) => t)).toEqual([
      '{"statusCode": 200}',
      '{"name": $input.json(\'$.name\')}',
    ])
  })
})

describe('createDeploymentWarmer', () => {
  it('compiles nothing until the thread is idle, then what the first request would have', async () => {
    const idle = manualIdle()
    const warmer = createDeploymentWarmer(idle.schedule)
    const get = vi.spyOn(ModelValidators.prototype, 'get')
    const p = project()
    warmer.warm(p)
    expect(idle.pending).toHaveLength(1)
    expect(get).not.toHaveBeenCalled()
    idle.runPeriod()
    await warmer.settled()
    expect(get.mock.calls).toEqual([['Person']])
    const warmed = get.mock.results[0]!.value as unknown

    // The first request finds the validator compiled: the same function, not a new compile.
    const engine = new GatewayEngine(() => p, { clock: new FakeClock(), ids: new SequentialIds() })
    const outcome = await engine.invoke({
      method: 'POST',
      host: 'apiaaaaaaa.execute-api.us-east-1.amazonaws.com',
      target: '/dev/person',
      scheme: 'https',
      headers: [['content-type', 'application/json']],
      body: utf8('{"name":"Rex"}'),
      sourceIp: '127.0.0.1',
    })
    expect(outcome.kind === 'response' && outcome.response.status).toBe(200)
    expect(get.mock.calls).toEqual([['Person'], ['Person']])
    expect(get.mock.results[1]!.value).toBe(warmed)
    expect(typeof warmed).toBe('function')
  })

  it('spreads the steps over idle periods as their time allows', async () => {
    const idle = manualIdle()
    const warmer = createDeploymentWarmer(idle.schedule)
    warmer.warm(project())
    let done = false
    void warmer.settled().then(() => {
      done = true
    })
    // 4 steps: a period with time for 3, then another.
    idle.runPeriod(3)
    await Promise.resolve()
    expect(done).toBe(false)
    expect(idle.pending).toHaveLength(1)
    idle.runPeriod(3)
    await Promise.resolve()
    expect(done).toBe(true)
    expect(idle.pending).toHaveLength(0)
  })

  it('queues each deployment once, and a new deployment when it appears', () => {
    const idle = manualIdle()
    const warmer = createDeploymentWarmer(idle.schedule)
    const p = project()
    warmer.warm(p)
    idle.runPeriod()
    // Edits that leave the deployments alone queue nothing.
    warmer.warm({ ...p, name: 'renamed' })
    expect(idle.pending).toHaveLength(0)
    const redeployed = deployed(p, 'apiaaaaaaa', 'dev')
    const get = vi.spyOn(ModelValidators.prototype, 'get')
    warmer.warm(redeployed)
    expect(idle.pending).toHaveLength(1)
    idle.runPeriod()
    expect(get.mock.calls).toEqual([['Person']])
  })

  it('goes on past a step that throws', async () => {
    const idle = manualIdle()
    const warmer = createDeploymentWarmer(idle.schedule)
    const template = vi.spyOn(CompiledApi.prototype, 'template').mockImplementationOnce(() => {
      throw new Error('boom')
    })
    warmer.warm(project())
    idle.runPeriod()
    await warmer.settled()
    expect(template).toHaveBeenCalledTimes(2)
  })
})
