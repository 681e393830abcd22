import { describe, expect, it } from 'vitest'
import {
  contentType,
  firstProblem,
  gatewayResponseSource,
  headerName,
  integrationTimeout,
  percentage,
  requestMappingSource,
  responseMappingSource,
  selectionPattern,
  statusCode,
  templateSize,
} from './fieldRules'

describe('field rules', () => {
  it('content types', () => {
    expect(contentType('application/json')).toBeUndefined()
    expect(contentType('image/*')).toBeUndefined()
    expect(contentType('application/json; charset=utf-8')).toBeUndefined()
    expect(contentType('json')).toMatch(/looks like/)
    expect(contentType('a/b/c')).toMatch(/looks like/)
  })

  it('header names', () => {
    expect(headerName('X-Api-Key')).toBeUndefined()
    expect(headerName('bad header')).toMatch(/not a valid header/)
    expect(headerName('')).toMatch(/empty/)
  })

  it('status codes are three digits from 100 to 599', () => {
    expect(statusCode('200')).toBeUndefined()
    expect(statusCode('99')).toBeDefined()
    expect(statusCode('600')).toBeDefined()
    expect(statusCode('2xx')).toBeDefined()
  })

  it('selection patterns must compile', () => {
    expect(selectionPattern('2\\d{2}')).toBeUndefined()
    expect(selectionPattern('.*Not Found.*')).toBeUndefined()
    expect(selectionPattern('(unclosed')).toMatch(/Invalid regular expression/)
  })

  it('integration timeout is 50 ms to 29 s', () => {
    expect(integrationTimeout('29000')).toBeUndefined()
    expect(integrationTimeout('50')).toBeUndefined()
    expect(integrationTimeout('49')).toMatch(/between 50 and 29000/)
    expect(integrationTimeout('30000')).toMatch(/between 50 and 29000/)
    expect(integrationTimeout('1.5')).toMatch(/whole number/)
  })

  it('canary percentage', () => {
    expect(percentage('12.5')).toBeUndefined()
    expect(percentage('101')).toBeDefined()
    expect(percentage('')).toBeDefined()
  })

  it('request mapping sources', () => {
    for (const ok of [
      'method.request.path.petId',
      'method.request.querystring.q',
      'method.request.header.X-Id',
      'method.request.multivaluequerystring.tag',
      'method.request.body',
      'method.request.body.pet.name',
      "'application/json'",
      'context.requestId',
      'stageVariables.backend',
    ]) {
      expect(requestMappingSource(ok), ok).toBeUndefined()
    }
    for (const bad of [
      'method.request.cookie.x',
      'application/json',
      '$input.body',
      'integration.response.body',
    ]) {
      expect(requestMappingSource(bad), bad).toBeDefined()
    }
  })

  it('response mapping sources', () => {
    expect(responseMappingSource('integration.response.header.ETag')).toBeUndefined()
    expect(responseMappingSource('integration.response.body.id')).toBeUndefined()
    expect(responseMappingSource("'*'")).toBeUndefined()
    expect(responseMappingSource('method.request.header.x')).toBeDefined()
  })

  it('gateway response header sources', () => {
    expect(gatewayResponseSource("'*'")).toBeUndefined()
    expect(gatewayResponseSource('method.request.header.Origin')).toBeUndefined()
    expect(gatewayResponseSource('integration.response.header.x')).toBeDefined()
  })

  it('template size limit is 300 KB', () => {
    expect(templateSize('x'.repeat(300 * 1024))).toBeUndefined()
    expect(templateSize('x'.repeat(300 * 1024 + 1))).toMatch(/300 KB/)
  })

  it('firstProblem runs rules in order', () => {
    expect(firstProblem('600', statusCode, undefined)).toMatch(/three-digit/)
    expect(firstProblem('200', statusCode)).toBeUndefined()
  })
})
