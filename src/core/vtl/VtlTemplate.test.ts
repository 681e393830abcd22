// biome-ignore-all lint/suspicious/noTemplateCurlyInString: VTL templates use ${…} references
import { describe, expect, it } from 'vitest'
import { JavaDouble } from './java/JavaDouble'
import { NO_SUCH_METHOD, VtlHostObject } from './java/javaTypes'
import { VtlError } from './VtlError'
import { AWS_DIALECT } from './VtlLimits'
import { compileTemplate } from './VtlTemplate'

/** Stock Velocity 1.7 rendering with a few variables. */
function v(template: string, vars: Record<string, unknown> = {}): string {
  return compileTemplate(template).render(vars).output
}
/** AWS's dialect: null prints as nothing and equals "". */
function aws(template: string, vars: Record<string, unknown> = {}): string {
  return compileTemplate(template, { dialect: AWS_DIALECT }).render(vars).output
}
function error(template: string, vars: Record<string, unknown> = {}, limits = {}): VtlError {
  try {
    compileTemplate(template, { limits }).render(vars)
  } catch (e) {
    if (e instanceof VtlError) return e
    throw e
  }
  throw new Error('expected a VtlError')
}

const vars = {
  s: 'hello',
  list: [1, 2, 3],
  map: new Map<string, unknown>([
    ['a', 'x'],
    ['b', 2],
  ]),
}

describe('references', () => {
  it('every form: $a ${a} $!a $!{a}, properties, methods, [0] and ["k"]', () => {
    expect(
      v('$s ${s} $!s $!{s} $s.length() ${s.toUpperCase()} $list[0] $list[-1] $map["a"] $map.b', vars),
    ).toBe('hello hello hello hello 5 HELLO 1 3 x 2')
  })
  it('an unresolved reference prints its source in Velocity, nothing in AWS’s dialect, nothing when quiet', () => {
    expect(v('$nope ${nope} $!nope $nope.x()')).toBe('$nope ${nope}  $nope.x()')
    expect(aws('[$nope][${nope}][$!nope][$nope.x()]')).toBe('[][][][]')
  })
  it('identifiers may contain "-" as in Velocity 1.7', () => {
    expect(v('#set($a-b = 1)$a-b $s-x', vars)).toBe('1 $s-x')
  })
})

describe('directives', () => {
  it('#set with properties and indexes', () => {
    const map = new Map()
    expect(v('#set($m.k = 1)#set($m["j"] = 2)#set($l = [0, 0])#set($l[1] = 5)$m $l', { m: map })).toBe(
      '{k=1, j=2} [0, 5]',
    )
  })
  it('#set with a null right-hand side keeps the old value (Velocity 1.7)', () => {
    expect(v('#set($a = 1)#set($a = $nope)$a')).toBe('1')
  })
  it('#if / #elseif / #else', () => {
    const t = compileTemplate('#if($n == 1)one#elseif($n == 2)two#{else}many#end')
    expect([1, 2, 3].map((n) => t.render({ n }).output)).toEqual(['one', 'two', 'many'])
  })
  it('#foreach with $foreach.index/count/hasNext/first/last and $velocityCount', () => {
    expect(
      v(
        '#foreach($i in $list)$foreach.index$foreach.count$foreach.hasNext$foreach.first$foreach.last$velocityCount;#end',
        vars,
      ),
    ).toBe('01truetruefalse1;12truefalsefalse2;23falsefalsetrue3;')
  })
  it('$velocityCount and $velocityHasNext reach a macro, #evaluate and a #define block in the loop', () => {
    expect(v('#macro(m)$velocityCount$velocityHasNext#end#foreach($i in [1..2])#m()#end')).toBe('1true2false')
    expect(v("#foreach($i in [1..2])#evaluate('$velocityCount')#end")).toBe('12')
    expect(v('#define($b)[$velocityCount]#end#foreach($i in [1..2])$b#end')).toBe('[1][2]')
    // a template that never names them still iterates the same way
    expect(v('#foreach($i in [1..3])$i#if($foreach.hasNext),#end#end')).toBe('1,2,3')
  })
  it('#break leaves the loop, #stop ends the render', () => {
    expect(v('#foreach($i in [1..5])#if($i == 3)#break#end$i#end.')).toBe('12.')
    const r = compileTemplate('a#stop b').render({})
    expect(r).toEqual({ output: 'a', stopped: true })
  })
  it('#define renders its block when printed', () => {
    expect(v('#define($b)[$x]#end#set($x = 1)$b#set($x = 2)$b')).toBe('[1][2]')
  })
  it('#macro and calls with space- or comma-separated arguments, defined before or after', () => {
    expect(v('#m(1 2)#macro(m $a $b)<$a,$b>#end#m("x", $s)', vars)).toBe('<1,2><x,hello>')
  })
  it('#evaluate renders a string in the current context', () => {
    expect(v('#set($t = "#set($y = 5)$s")#evaluate($t)$y', vars)).toBe('hello5')
  })
  it('#include and #parse have no template files to load', () => {
    expect(error('#parse("x.vm")').code).toBe('VTL_UNSUPPORTED_DIRECTIVE')
  })
})

describe('comments, unparsed content and escapes', () => {
  it('## and #* *# and #** *# print nothing; ## takes its line break', () => {
    expect(v('a## x\nb#* y *#c#** z *#d')).toBe('abcd')
  })
  it('#[[ ]]# prints its content unparsed', () => {
    expect(v('#[[$s #if(]]#', vars)).toBe('$s #if(')
  })
  it('\\$ and \\# escape references and directives', () => {
    expect(v('\\$s \\$nope \\\\$s \\#if(true)', vars)).toBe('$s \\$nope \\hello #if(true)')
  })
})

describe('literals and operators', () => {
  it('strings: double quotes interpolate, single quotes do not, doubled quotes escape', () => {
    expect(v(`#set($a = "<$s>")#set($b = '<$s>')#set($c = "a""b")$a $b $c`, vars)).toBe('<hello> <$s> a"b')
  })
  it('integers, decimals, booleans, lists, maps and ranges', () => {
    expect(v('#set($x = [1, 2.50, true, "s", [1..3], {"k": [3..1]}])$x')).toBe(
      '[1, 2.5, true, s, [1, 2, 3], {k=[3, 2, 1]}]',
    )
  })
  it('Java arithmetic: integer division, modulo, widening, decimals', () => {
    expect(
      v(
        '#set($a = 7 / 2)#set($b = -7 % 3)#set($c = 2147483647 + 1)#set($d = 7.0 / 2)#set($e = 1 / 0)$a $b $c $d [$!e]',
      ),
    ).toBe('3 -1 2147483648 3.5 []')
  })
  it('comparisons and logic, symbols and words', () => {
    expect(
      v('#if(1 < 2 && 2 gt 1 and !false && not false || false)y#end#if(1 eq 1.0 and "a" ne "b")z#end'),
    ).toBe('yz')
  })
  it('AWS: null == "" (Velocity: not)', () => {
    expect(v('#if($nope == "")eq#{else}ne#end')).toBe('ne')
    expect(aws('#if($nope == "")eq#{else}ne#end')).toBe('eq')
  })
})

describe('Velocity 1.7 whitespace', () => {
  it('a directive alone on its line takes the line break; #set takes its indentation too', () => {
    expect(v('#foreach($i in [1,2])\n  #set($j = $i)\n  <$j>\n#end\n')).toBe('  <1>\n  <2>\n')
  })
})

describe('Java methods', () => {
  it('String', () => {
    expect(
      v(
        '$s.substring(1, 3) $s.indexOf("l") $s.replace("l", "L") $s.replaceAll("l+", "_") $s.split("l").size() $s.toUpperCase() $s.trim() $s.contains("ell") $s.startsWith("h") $s.endsWith("o") $s.equals("hello") $s.equalsIgnoreCase("HELLO") $s.isEmpty() $s.matches("h.*o") $s.charAt(1) $s.length()',
        vars,
      ),
    ).toBe('el 2 heLLo he_o 3 HELLO hello true true true true true false true e 5')
  })
  it('Map and List (a #set also takes the space before it, after a reference)', () => {
    expect(
      v(
        '$map.size() $map.get("a") $map.containsKey("b") $map.keySet() $map.values() $map.entrySet() $list.size() $list.get(1) $list.contains(3) #set($x = $list.add(4))$list #set($x = $list.remove(0))$list',
        {
          map: new Map<string, unknown>([
            ['a', 'x'],
            ['b', 2],
          ]),
          list: [1, 2, 3],
        },
      ),
    ).toBe('2 x true [a, b] [x, 2] [a=x, b=2] 3 2 true[1, 2, 3, 4][2, 3, 4]')
  })
  it('Number and Boolean', () => {
    expect(
      v('$n.intValue() $n.doubleValue() $d.intValue() $d.toString() $b.toString() $n.compareTo(3)', {
        n: 3,
        d: new JavaDouble(2.5),
        b: true,
      }),
    ).toBe('3 3.0 2 2.5 true 0')
  })
  it('a method with arguments of the wrong type does not exist (null)', () => {
    expect(v('[$!s.substring("a")]', vars)).toBe('[]')
  })
  it('objects the host provides', () => {
    class Greeter extends VtlHostObject {
      readonly javaClassName = 'test.Greeter'
      override getProperty(name: string) {
        return name === 'name' ? 'Ann' : undefined
      }
      override callMethod(name: string, args: unknown[]) {
        return name === 'greet' ? `hi ${String(args[0])}` : NO_SUCH_METHOD
      }
    }
    expect(v('$g.name $g.greet("Bob") $g.class.name [$!g.other()]', { g: new Greeter() })).toBe(
      'Ann hi Bob test.Greeter []',
    )
  })
})

describe('errors carry line, column, a readable message and a code frame', () => {
  it('syntax', () => {
    const e = error('line 1\n#foreach($i in $list)\n$i\n')
    expect(e.kind).toBe('syntax')
    expect(e.code).toBe('VTL_SYNTAX')
    expect([e.line, e.column]).toEqual([2, 1])
    expect(e.detail).toBe('#foreach is never closed: add #end')
    expect(e.codeFrame).toBe('  1 | line 1\n> 2 | #foreach($i in $list)\n    | ^\n  3 | $i\n  4 | ')
  })
  it('runtime: a Java exception from a method', () => {
    const e = error('ok\n  $s.substring(9)', vars)
    expect(e.kind).toBe('runtime')
    expect([e.line, e.column]).toEqual([2, 5])
    expect(e.detail).toBe(
      "Invocation of method 'substring' in class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 9, end 5, length 5",
    )
  })
  it('the message names the position', () => {
    expect(error('#if(').message).toMatch(/\(line 1, column 5\)$/)
  })
})

describe('limits', () => {
  it('#foreach stops after 1000 iterations', () => {
    expect(v('#foreach($i in [1..1200])#set($last = $i)#end$last')).toBe('1000')
  })
  it('a step budget stops runaway templates', () => {
    const e = error(
      '#foreach($a in [1..1000])#foreach($b in [1..1000])#set($x = 1)#end#end',
      {},
      { maxSteps: 100_000 },
    )
    expect(e.kind).toBe('limit')
    expect(e.code).toBe('VTL_STEP_LIMIT')
    expect(e.line).toBe(1)
  })
  it('an output cap', () => {
    const e = error('#foreach($i in [1..1000])0123456789#end', {}, { maxOutputChars: 5000 })
    expect(e.code).toBe('VTL_OUTPUT_LIMIT')
  })
  it('strings that grow without bound', () => {
    const e = error(
      '#set($s = "ab")#foreach($i in [1..40])#set($s = "$s$s")#end',
      {},
      { maxOutputChars: 1_000_000 },
    )
    expect(e.code).toBe('VTL_VALUE_LIMIT')
  })
  it('macro recursion deeper than 20', () => {
    expect(error('#macro(r)#r()#end#r()').code).toBe('VTL_MACRO_DEPTH')
  })
  it('a #define that prints itself', () => {
    expect(error('#define($b)$b#end$b').code).toBe('VTL_NESTING_LIMIT')
  })
  it('templates larger than 300 KB', () => {
    const e = error(`${'é'.repeat(160 * 1024)}`)
    expect(e.code).toBe('VTL_TEMPLATE_TOO_LARGE')
  })
})

describe('evaluation trace', () => {
  it('is absent unless asked for', () => {
    expect(compileTemplate('$s').render(vars)).toEqual({ output: 'hello', stopped: false })
  })
  it('records references, #set, conditions, loops and macro calls with spans and values', () => {
    const t = compileTemplate('#set($n = 2)\n#if($n > 1)big#end #foreach($i in [7])$i#end#macro(m)M#end#m()')
    const { trace, output } = t.render({}, { trace: true })
    expect(output).toBe('big 7M')
    expect(trace?.map((e) => [e.kind, e.source, e.value?.text ?? null, e.note ?? null])).toEqual([
      ['set', '#set($n = 2)', '2', null],
      ['condition', '#if($n > 1)', 'true', 'taken'],
      ['foreach', '#foreach($i in [7])', '[7]', '1 item(s)'],
      ['iteration', '#foreach($i in [7])', '7', 'index 0'],
      ['reference', '$i', '7', null],
      ['macro', '#m()', null, '#m()'],
    ])
    const cond = trace![1]!
    expect(cond.span).toEqual({ start: 13, end: 24, line: 2, column: 1, endLine: 2, endColumn: 12 })
    expect(cond.value?.type).toBe('Boolean')
  })
  it('the same compiled template renders with and without a trace', () => {
    const t = compileTemplate('$s')
    expect(t.render(vars, { trace: true }).trace).toHaveLength(1)
    expect(t.render(vars).trace).toBeUndefined()
  })
})

describe('renders are independent', () => {
  it('a #set in one render is not seen by the next', () => {
    const t = compileTemplate('[$!x]#set($x = 1)')
    expect(t.render({}).output).toBe('[]')
    expect(t.render({}).output).toBe('[]')
  })
})

describe('renderWith: a variable map handed over by the caller', () => {
  it('renders like render, writing #set into the given map; render leaves the caller’s map alone', () => {
    const t = compileTemplate('$a#set($b = "two")$b')
    const globals = new Map<string, unknown>([['a', 'one']])
    expect(t.render(globals).output).toBe('onetwo')
    expect([...globals.keys()]).toEqual(['a'])
    const vars = new Map<string, unknown>([['a', 'one']])
    expect(t.renderWith(vars).output).toBe('onetwo')
    expect(vars.get('b')).toBe('two')
  })
})
