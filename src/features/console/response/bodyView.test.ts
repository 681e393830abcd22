import { describe, expect, it } from 'vitest'
import { bodyView, formatDuration, formatSize } from './bodyView'

const text = (t: string) => ({ encoding: 'text' as const, text: t })

describe('bodyView', () => {
  it('pretty-prints JSON, by type or by look', () => {
    expect(bodyView(text('{"a":[1,2]}'), 'application/json')).toEqual({
      kind: 'json',
      pretty: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      raw: '{"a":[1,2]}',
    })
    expect(bodyView(text('[1]'), 'text/plain').kind).toBe('json')
  })

  it('shows broken JSON as text instead of failing', () => {
    expect(bodyView(text('{"a": }'), 'application/json')).toEqual({
      kind: 'text',
      raw: '{"a": }',
      mediaType: 'application/json',
    })
  })

  it('indents XML and leaves HTML as text', () => {
    expect(bodyView(text('<a><b>1</b></a>'), 'application/xml; charset=utf-8')).toEqual({
      kind: 'xml',
      pretty: '<a>\n  <b>1</b>\n</a>',
      raw: '<a><b>1</b></a>',
    })
    expect(bodyView(text('<html><body>Hi</body></html>'), 'text/html').kind).toBe('text')
  })

  it('shows images as images and other binary data as hex', () => {
    expect(bodyView({ encoding: 'base64', data: 'iVBORw0KGgo=' }, 'image/png')).toEqual({
      kind: 'image',
      mediaType: 'image/png',
      dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    })
    const bin = bodyView({ encoding: 'base64', data: 'AAEC' }, 'application/octet-stream')
    expect(bin).toEqual({
      kind: 'binary',
      hex: `00000000  00 01 02${' '.repeat(42)}|...|`,
      size: 3,
      shown: 3,
    })
  })

  it('knows an empty body', () => {
    expect(bodyView(text(''), 'application/json')).toEqual({ kind: 'empty' })
    expect(bodyView({ encoding: 'base64', data: '' }, undefined)).toEqual({ kind: 'empty' })
  })
})

describe('formatSize and formatDuration', () => {
  it('reads like a response viewer', () => {
    expect([formatSize(0), formatSize(1500), formatSize(20 * 1024), formatSize(3 * 1024 * 1024)]).toEqual([
      '0 B',
      '1.5 KB',
      '20 KB',
      '3.0 MB',
    ])
    expect([formatDuration(0.25), formatDuration(12.4), formatDuration(1520)]).toEqual([
      '0.25 ms',
      '12 ms',
      '1.52 s',
    ])
  })
})
