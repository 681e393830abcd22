import { afterAll, describe, expect, it } from 'vitest'
import type { LambdaFunction } from '../../core/model/lambda/LambdaFunction'
import { createNodeLambdaRuntime } from './nodeLambdaRuntime'

const runtime = createNodeLambdaRuntime()
afterAll(() => runtime.dispose())

function fn(code: string, extra: Partial<LambdaFunction> = {}): LambdaFunction {
  return {
    name: `f${Math.abs(hash(code))}`,
    runtime: 'nodejs20.x',
    handler: 'index.handler',
    code,
    environment: {},
    timeout: 3,
    memorySize: 128,
    ...extra,
  }
}
function hash(s: string) {
  let h = 0
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}
const call = (f: LambdaFunction, event: unknown = {}, callerTimeoutMs = 29000) =>
  runtime.invoke({
    fn: f,
    payload: JSON.stringify(event),
    requestId: 'req-1',
    functionArn: `arn:aws:lambda:us-east-1:1:function:${f.name}`,
    region: 'us-east-1',
    callerTimeoutMs,
  })

describe('the Node Lambda runtime (worker threads)', () => {
  it('runs an ES module handler with the event, context and environment, capturing console output', async () => {
    const f = fn(
      "export const handler = async (event, context) => { console.log('got', event.n, { a: 1 }); return { n: event.n * 2, name: context.functionName, env: process.env.COLOR, region: process.env.AWS_REGION, left: context.getRemainingTimeInMillis() > 0 } }",
      { environment: { COLOR: 'teal' } },
    )
    const r = await call(f, { n: 21 })
    expect(r.kind).toBe('success')
    if (r.kind !== 'success') return
    expect(JSON.parse(r.payload)).toEqual({
      n: 42,
      name: f.name,
      env: 'teal',
      region: 'us-east-1',
      left: true,
    })
    expect(r.logs).toHaveLength(1)
    expect(r.logs[0]).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z\treq-1\tINFO\tgot 21 \{"a":1\}$/)
  })
  it('runs CommonJS handlers, callback style, with Node built-ins, and keeps module state warm', async () => {
    const f = fn(
      "const crypto = require('node:crypto'); let calls = 0; exports.handler = (event, context, cb) => { calls++; cb(null, { calls, uuid: crypto.randomUUID().length }) }",
    )
    await call(f)
    const r = await call(f)
    expect(r.kind === 'success' && JSON.parse(r.payload)).toEqual({ calls: 2, uuid: 36 })
  })
  it("reports a thrown error with Lambda's errorType/errorMessage/trace", async () => {
    const r = await call(fn('exports.handler = async () => { throw new TypeError("bad thing") }'))
    expect(r).toMatchObject({ kind: 'function-error', errorType: 'TypeError', errorMessage: 'bad thing' })
    expect(r.kind === 'function-error' && r.stackTrace[0]).toBe('TypeError: bad thing')
  })
  it('reports a missing handler and a syntax error as init errors', async () => {
    expect(await call(fn('exports.other = async () => 1'))).toMatchObject({
      kind: 'init-error',
      errorType: 'Runtime.HandlerNotFound',
    })
    expect(await call(fn('export const handler = async () => {'))).toMatchObject({
      kind: 'init-error',
      errorType: 'Runtime.UserCodeSyntaxError',
    })
  })
  it('kills a function at its timeout and starts a fresh instance next time', async () => {
    const f = fn(
      'let n = 0; export const handler = async (e) => { n++; if (e.hang) await new Promise(() => setInterval(() => {}, 1000)); return n }',
      { timeout: 1 },
    )
    const started = Date.now()
    const r = await call(f, { hang: true })
    expect(r).toMatchObject({ kind: 'function-error', errorType: 'Sandbox.Timedout' })
    expect(r.kind === 'function-error' && r.errorMessage).toBe(
      'RequestId: req-1 Error: Task timed out after 1.00 seconds',
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    const again = await call(f)
    expect(again.kind === 'success' && again.payload).toBe('1')
  })
  it("gives up at the caller's timeout while the function runs on", async () => {
    const r = await call(
      fn('export const handler = () => new Promise((r) => setTimeout(() => r(1), 600))'),
      {},
      100,
    )
    expect(r.kind).toBe('caller-timeout')
  })
})
