import { describe, expect, it } from 'vitest'
import type { TraceEvent } from '../../../core/gateway/trace/RequestTrace'
import { traceSpan, traceSteps } from './traceSteps'

const ev = (e: Partial<TraceEvent> & Pick<TraceEvent, 'stage'>): TraceEvent => ({
  start: 0,
  end: 0,
  outcome: 'continue',
  summary: '',
  details: {},
  ...e,
})

describe('traceSteps', () => {
  it('names the stages as AWS does and times them from the first event', () => {
    const steps = traceSteps({
      events: [
        ev({ stage: 'resolve', start: 100, end: 100.5, summary: 'API Pets (abc), stage dev.' }),
        ev({ stage: 'integration-request', start: 101, end: 103 }),
      ],
    })
    expect(steps.map((s) => [s.title, s.offsetMs, s.durationMs, s.summary])).toEqual([
      ['API and stage', 0, 0.5, 'API Pets (abc), stage dev.'],
      ['Integration request', 1, 2, ''],
    ])
    expect(
      traceSpan({
        events: [
          ev({ stage: 'resolve', start: 100, end: 100.5 }),
          ev({ stage: 'route', start: 101, end: 103 }),
        ],
      }),
    ).toBe(3)
  })

  it('shows templates and outputs as blocks, header lists and maps as pairs', () => {
    const [step] = traceSteps({
      events: [
        ev({
          stage: 'integration-response',
          outcome: 'respond',
          details: {
            selectedResponse: 'default',
            why: 'no status to match: the default response',
            input: null,
            statusCode: 200,
            mappedHeaders: { 'Access-Control-Allow-Origin': '*' },
            template: '{"echo": $input.json(\'$\')}',
            templateOutput: '{"echo": {"a":1}}',
          },
        }),
      ],
    })
    expect(step!.sections).toEqual([
      { kind: 'value', label: 'Matched integration response', value: 'default' },
      { kind: 'value', label: 'Why', value: 'no status to match: the default response' },
      { kind: 'value', label: 'Selection input', value: 'none' },
      { kind: 'value', label: 'Status code', value: '200' },
      { kind: 'pairs', label: 'Mapped headers', rows: [['Access-Control-Allow-Origin', '*']] },
      { kind: 'text', label: 'Mapping template', text: '{"echo": $input.json(\'$\')}' },
      { kind: 'text', label: 'Template output', text: '{"echo": {"a":1}}' },
    ])
    expect(step!.failed).toBe(false)
  })

  it('leaves out overrides that did nothing and shows nested data as JSON', () => {
    const [step] = traceSteps({
      events: [
        ev({
          stage: 'method-request',
          details: {
            headers: [['Accept', 'application/json']],
            overrides: { request: { header: {}, path: {}, querystring: {} }, response: { header: {} } },
            missing: [{ location: 'querystring', name: 'q' }],
            templates: ['application/json', 'text/plain'],
            errors: [
              'object has missing required properties (["b"])',
              'instance type (integer) does not match',
            ],
          },
        }),
      ],
    })
    expect(step!.sections).toEqual([
      { kind: 'pairs', label: 'Headers', rows: [['Accept', 'application/json']] },
      {
        kind: 'text',
        label: 'Missing parameters',
        text: '[\n  {\n    "location": "querystring",\n    "name": "q"\n  }\n]',
      },
      { kind: 'value', label: 'Mapping templates defined', value: 'application/json, text/plain' },
      {
        kind: 'list',
        label: 'Validation errors',
        items: ['object has missing required properties (["b"])', 'instance type (integer) does not match'],
      },
    ])
  })

  it('puts the request template before its output and leaves out the endpoint of a MOCK', () => {
    const details = {
      integrationType: 'MOCK',
      method: 'POST',
      uri: '',
      headers: [],
      body: '{"statusCode": 200}',
      templateContentType: 'application/json',
      template: '{"statusCode": $input.params(\'code\')}',
    }
    const [mock] = traceSteps({ events: [ev({ stage: 'integration-request', details })] })
    expect(mock!.sections.map((s) => s.label)).toEqual([
      'Integration type',
      'Template content type',
      'Mapping template',
      'Endpoint request body after transformations',
    ])
    const [http] = traceSteps({
      events: [
        ev({
          stage: 'integration-request',
          details: { ...details, integrationType: 'HTTP', uri: 'https://x' },
        }),
      ],
    })
    expect(http!.sections.map((s) => s.label).slice(-3)).toEqual([
      'Endpoint request URI',
      'Endpoint HTTP method',
      'Endpoint request headers',
    ])
  })

  it('marks the stage that ended the request and the gateway response as failed', () => {
    const steps = traceSteps({
      events: [
        ev({ stage: 'route' }),
        ev({ stage: 'method-request', outcome: 'respond', summary: 'Invalid request body' }),
        ev({
          stage: 'gateway-response',
          outcome: 'respond',
          details: { responseType: 'BAD_REQUEST_BODY', status: 400 },
        }),
      ],
    })
    expect(steps.map((s) => s.failed)).toEqual([false, true, true])
    expect(steps[2]!.sections).toEqual([
      { kind: 'value', label: 'Gateway response type', value: 'BAD_REQUEST_BODY' },
      { kind: 'value', label: 'Status', value: '400' },
    ])
  })
})
