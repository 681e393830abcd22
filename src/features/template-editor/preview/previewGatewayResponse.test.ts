import { describe, expect, it } from 'vitest'
import { buildRestApi } from '../../../testing/builders'
import { type GatewayResponsePreviewTarget, previewGatewayResponse } from './previewGatewayResponse'

const target: GatewayResponsePreviewTarget = {
  api: buildRestApi({}),
  type: 'MISSING_AUTHENTICATION_TOKEN',
  region: 'us-east-1',
  accountId: '123456789012',
  stageName: 'dev',
  stageVariables: { env: 'development' },
  nowMs: Date.UTC(2025, 2, 5, 6, 43, 16),
}

describe('previewGatewayResponse', () => {
  it('renders by plain substitution with the type’s message, and has nothing to mark', () => {
    const p = previewGatewayResponse(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: `${stageVariables.x}` is the template's own syntax
      '{"message":$context.error.messageString,"type":"$context.error.responseType","env":"${stageVariables.env}"}',
      target,
    )
    expect(p.output).toBe(
      '{"message":"Missing Authentication Token","type":"MISSING_AUTHENTICATION_TOKEN","env":"development"}',
    )
    expect(p.markers).toEqual([])
  })

  it('marks VTL directives and $input/$util, which are sent as text, at their place', () => {
    const template = '{\n  #if($context.stage == "dev")"debug":true,#end\n  "body": "$input.body"\n}'
    const p = previewGatewayResponse(template, target)
    expect(p.output).toBe('{\n  #if(dev == "dev")"debug":true,#end\n  "body": "$input.body"\n}')
    expect(p.markers.map((m) => [m.startLine, m.startColumn, m.endColumn, m.message.split(':')[0]])).toEqual([
      [2, 3, 6, '#if is not run'],
      [2, 44, 48, '#end is not run'],
      [
        3,
        12,
        23,
        '$input is not available in gateway response templates (only $context and $stageVariables)',
      ],
    ])
    expect(p.markers.every((m) => m.severity === 'warning' && m.source === 'Gateway response template')).toBe(
      true,
    )
  })

  it('marks variables that print nothing: unknown $context names, unset stage variables, $! forms', () => {
    const p = previewGatewayResponse(
      '$context.nope $stageVariables.missing $!context.stage $!{stageVariables.env}',
      target,
    )
    expect(p.output).toBe('  $!context.stage $!{stageVariables.env}')
    expect(p.markers.map((m) => m.message)).toEqual([
      '$context.nope is not a $context variable: it prints nothing.',
      'Stage variable missing is not set on stage dev: it prints nothing there.',
      '$!context is not substituted here (no quiet references outside VTL); write $context.',
      '$!stageVariables is not substituted here; write $stageVariables.',
    ])
    const noStage = previewGatewayResponse('$stageVariables.env', {
      ...target,
      stageName: undefined,
      stageVariables: {},
    })
    expect(noStage.markers[0]?.message).toMatch(/the API has no stage yet/)
  })

  it('leaves text that only looks like a directive alone (colours, anchors)', () => {
    const p = previewGatewayResponse('<p style="color:#fff">See #details</p>', target)
    expect(p.markers).toEqual([])
    expect(p.output).toBe('<p style="color:#fff">See #details</p>')
  })
})
