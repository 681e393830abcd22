import { describe, expect, it } from 'vitest'
import { isExecuteApiHost, reportUnhandledExecuteApi } from './startWorker'

describe('isExecuteApiHost', () => {
  it('recognises API Gateway invoke hosts only', () => {
    expect(isExecuteApiHost('abc123defg.execute-api.us-east-1.amazonaws.com')).toBe(true)
    expect(isExecuteApiHost('a1.execute-api.cn-north-1.amazonaws.com.cn')).toBe(true)
    expect(isExecuteApiHost('localhost')).toBe(false)
    expect(isExecuteApiHost('execute-api.us-east-1.amazonaws.com')).toBe(false)
    expect(isExecuteApiHost('abc.execute-api.us-east-1.amazonaws.com.evil.example')).toBe(false)
  })
})

describe('reportUnhandledExecuteApi', () => {
  function run(url: string) {
    const calls: string[] = []
    const print = { warning: () => calls.push('warning'), error: () => calls.push('error') }
    if (typeof reportUnhandledExecuteApi !== 'function') throw new Error('expected a callback')
    reportUnhandledExecuteApi(new Request(url), print)
    return calls
  }

  it('reports an unanswered API call as an error', () => {
    expect(run('https://abc123defg.execute-api.us-east-1.amazonaws.com/dev/pets')).toEqual(['error'])
  })

  it('lets other requests through silently', () => {
    expect(run('http://localhost:5173/assets/index.js')).toEqual([])
    expect(run('https://backend.example.com/pets')).toEqual([])
  })
})
