import type { languages } from 'monaco-editor/editor'

export const VTL_LANGUAGE_ID = 'vtl'

/** Brackets, comments, auto-closing and folding for Velocity templates (`##`, `#* *#`, `#if … #end`). */
export const vtlLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '##', blockComment: ['#*', '*#'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  folding: {
    markers: {
      start: /^\s*#\{?(if|foreach|macro|define)\b/,
      end: /^\s*#\{?end\b/,
    },
  },
  indentationRules: {
    increaseIndentPattern: /^\s*(#\{?(if|elseif|else|foreach|macro|define)\b.*|.*[{[]\s*)$/,
    decreaseIndentPattern: /^\s*(#\{?(elseif|else|end)\b|[}\]])/,
  },
  wordPattern: /(-?\d*\.\d\w*)|([^`~!@#%^&*()\-=+[{\]}\\|;:'",.<>/?\s$]+)/g,
}

const IDENT = /[a-zA-Z_][\w-]*/

/**
 * Monarch tokenizer: template text stays plain; references (`$x.y`, `$!{x}`, method calls with
 * their arguments), directives (`#set`, `#if` … `#end`, macros), comments and unparsed blocks
 * get their own tokens; directive and call arguments are tokenized as expressions.
 */
export const vtlMonarchLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.vtl',
  brackets: [
    { open: '{', close: '}', token: 'delimiter.curly' },
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  tokenizer: {
    root: [
      [/##.*$/, 'comment'],
      [/#\*/, 'comment', '@blockComment'],
      [/#\[\[/, 'string.unparsed', '@unparsed'],
      [/\\+[$#]/, 'string.escape'],
      [
        /#\{?(?:if|elseif|foreach|set|macro|define|evaluate|parse|include)\}?(?=\s*\()/,
        'keyword',
        '@directive',
      ],
      [/#\{?(?:else|end|break|stop)\}?(?![\w])/, 'keyword'],
      [/#\{?@?[a-zA-Z_]\w*\}?(?=\s*\()/, 'keyword.macro', '@directive'],
      [/\$!?\{/, 'variable', '@braceReference'],
      [new RegExp(`\\$!?${IDENT.source}`), 'variable', '@referenceTail'],
      [/[{}[\]]/, '@brackets'],
      [/[^#$\\{}[\]]+/, ''],
      [/./, ''],
    ],
    directive: [
      [/\s*\(/, { token: 'delimiter.parenthesis', switchTo: '@arguments' }],
      [/./, { token: '@rematch', next: '@pop' }],
    ],
    arguments: [
      [/\)/, 'delimiter.parenthesis', '@pop'],
      [/\(/, 'delimiter.parenthesis', '@push'],
      [/"/, 'string', '@doubleString'],
      [/'/, 'string', '@singleString'],
      [/\$!?\{/, 'variable', '@braceReference'],
      [new RegExp(`\\$!?${IDENT.source}`), 'variable', '@referenceTail'],
      [/\b(?:in|and|or|not|eq|ne|lt|gt|le|ge)\b/, 'keyword.operator'],
      [/\b(?:true|false|null)\b/, 'constant'],
      [/-?\d+(?:\.\d+)?/, 'number'],
      [/\.\./, 'operator'],
      [/[=!<>]=?|&&|\|\||[+\-*/%]/, 'operator'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
      [/\s+/, ''],
      [IDENT, 'identifier'],
      [/./, 'invalid'],
    ],
    referenceTail: [
      [new RegExp(`\\.${IDENT.source}(?=\\()`), 'variable.method'],
      [new RegExp(`\\.${IDENT.source}`), 'variable.member'],
      [/\(/, 'delimiter.parenthesis', '@arguments'],
      [/\[/, 'delimiter.square', '@index'],
      [/./, { token: '@rematch', next: '@pop' }],
    ],
    braceReference: [
      [/\}/, 'variable', '@pop'],
      [new RegExp(`\\.?${IDENT.source}(?=\\()`), 'variable.method'],
      [new RegExp(`\\.?${IDENT.source}`), 'variable'],
      [/\(/, 'delimiter.parenthesis', '@arguments'],
      [/\[/, 'delimiter.square', '@index'],
      [/./, { token: '@rematch', next: '@pop' }],
    ],
    index: [
      [/\]/, 'delimiter.square', '@pop'],
      [/"/, 'string', '@doubleString'],
      [/'/, 'string', '@singleString'],
      [new RegExp(`\\$!?${IDENT.source}`), 'variable', '@referenceTail'],
      [/-?\d+/, 'number'],
      [/\s+/, ''],
      [/./, 'invalid'],
    ],
    doubleString: [
      [/[^"\\$]+/, 'string'],
      [/\\./, 'string.escape'],
      [/\$!?\{[^}]*\}/, 'variable'],
      [new RegExp(`\\$!?${IDENT.source}(?:\\.${IDENT.source})*`), 'variable'],
      [/"/, 'string', '@pop'],
      [/./, 'string'],
    ],
    singleString: [
      [/[^']+/, 'string'],
      [/'/, 'string', '@pop'],
    ],
    blockComment: [
      [/\*#/, 'comment', '@pop'],
      [/[^*]+/, 'comment'],
      [/./, 'comment'],
    ],
    unparsed: [
      [/\]\]#/, 'string.unparsed', '@pop'],
      [/[^\]]+/, 'string.unparsed'],
      [/./, 'string.unparsed'],
    ],
  },
}
