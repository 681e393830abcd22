import { describe, expect, it } from 'vitest'
import { ImportAbort } from './ImportIssue'
import { parseDocument } from './parseDocument'

function abortMessage(text: string): string {
  try {
    parseDocument(text)
  } catch (e) {
    if (e instanceof ImportAbort) return e.issue.message
    throw e
  }
  throw new Error('expected parseDocument to refuse the text')
}

describe('parseDocument', () => {
  it('reads JSON and YAML', () => {
    expect(parseDocument('{"openapi":"3.0.1"}')).toEqual({ doc: { openapi: '3.0.1' }, format: 'json' })
    expect(parseDocument('openapi: 3.0.1\ninfo:\n  title: x\n')).toEqual({
      doc: { openapi: '3.0.1', info: { title: 'x' } },
      format: 'yaml',
    })
  })
  it('keeps dates as text (YAML 1.2 core schema, no timestamps)', () => {
    expect(parseDocument('version: 2024-01-01\n').doc.version).toBe('2024-01-01')
  })
  it('reads CloudFormation short tags as their long form', () => {
    const { doc } = parseDocument(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's placeholder syntax, not a template literal
      'a: !Ref MyFn\nb: !Sub "arn:${AWS::Region}"\nc: !GetAtt Role.Arn\nd: !Join ["", [x, !Ref Y]]\n',
    )
    expect(doc).toEqual({
      a: { Ref: 'MyFn' },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's placeholder syntax, not a template literal
      b: { 'Fn::Sub': 'arn:${AWS::Region}' },
      c: { 'Fn::GetAtt': ['Role', 'Arn'] },
      d: { 'Fn::Join': ['', ['x', { Ref: 'Y' }]] },
    })
  })
  it('reports syntax errors with line and column', () => {
    expect(abortMessage('{"openapi": "3.0.1",\n  "info": }')).toMatch(
      /^Invalid JSON: .*\(line 2, column \d+\)/,
    )
    expect(abortMessage('openapi: 3.0.1\ninfo:\n  title: [unclosed\n')).toMatch(
      /^Invalid YAML: .*\(line \d+, column \d+\)/,
    )
    expect(abortMessage('   ')).toBe('The document is empty.')
    expect(abortMessage('- a\n- b\n')).toMatch(/not an OpenAPI object/)
  })
})
