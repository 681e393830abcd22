import { describe, expect, it } from 'vitest'
import { prettyXml } from './prettyXml'

describe('prettyXml', () => {
  it('indents nested elements and keeps text elements on one line', () => {
    expect(
      prettyXml('<?xml version="1.0"?><pets><pet id="1"><name>Rex</name><tag/></pet><empty></empty></pets>'),
    ).toBe(
      [
        '<?xml version="1.0"?>',
        '<pets>',
        '  <pet id="1">',
        '    <name>Rex</name>',
        '    <tag/>',
        '  </pet>',
        '  <empty></empty>',
        '</pets>',
      ].join('\n'),
    )
  })

  it('keeps comments and CDATA', () => {
    expect(prettyXml('<a><!-- note --><b><![CDATA[x < y]]></b></a>')).toBe(
      '<a>\n  <!-- note -->\n  <b>\n    <![CDATA[x < y]]>\n  </b>\n</a>',
    )
  })

  it('gives up on text that is not well-nested XML', () => {
    expect(prettyXml('{"a":1}')).toBeUndefined()
    expect(prettyXml('<a><b></a>')).toBeUndefined()
    expect(prettyXml('<a>')).toBeUndefined()
  })
})
