import fc from 'fast-check'
import { recordedCases } from './recordedCases'

/** Pieces of VTL (and of mapping templates) that random templates are built from. */
export const TOKENS = [
  '$',
  '$!',
  '${',
  '}',
  '#',
  '##',
  '#*',
  '*#',
  '#[[',
  ']]#',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '{',
  '.',
  ',',
  ':',
  '..',
  '=',
  '==',
  '!',
  '&&',
  '||',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '"',
  "'",
  ' ',
  '\n',
  '\t',
  'a',
  'x',
  '1',
  '0',
  '-1',
  '2.5',
  'true',
  'in',
  '#if(',
  '#elseif(',
  '#else',
  '#end',
  '#foreach($i in ',
  '#set($a = ',
  '#break',
  '#stop',
  '#macro(m $p)',
  '#m(',
  '#define($d)',
  '#evaluate(',
  '$a',
  '$i',
  '$s',
  '$list',
  '$map',
  '$d',
  '$p',
  '.size()',
  '.get(0)',
  '.substring(1)',
  '.replaceAll("a+", "$1")',
  '.split(",")',
  '[0]',
  '["k"]',
  '[1..3]',
  '{"k": 1}',
  '$foreach.hasNext',
  "$input.json('$')",
  "$input.path('$.a')",
  "$input.params('x')",
  '$util.escapeJavaScript($s)',
  '$context.requestOverride.header.h',
]

/** Random VTL-ish text: up to 60 pieces in any order. */
export const randomTemplate = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''))
const seeds = recordedCases.map((c) => c.template)
/** A valid template from the differential corpus with a few random edits. */
export const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 8 }),
        fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([seed, edits]) => {
    let t = seed
    for (const [at, del, ins] of edits) {
      const i = t.length === 0 ? 0 : at % (t.length + 1)
      t = t.slice(0, i) + ins + t.slice(i + del)
    }
    return t
  })
