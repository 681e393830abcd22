import type * as Monaco from 'monaco-editor/editor'

export const LIGHT_THEME = 'gatewright-light'
export const DARK_THEME = 'gatewright-dark'

/** Token colours for VTL (and the JSON/JavaScript tokens) in the studio's two themes. */
export function defineGatewrightThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(LIGHT_THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'variable.vtl', foreground: '0b63b8', fontStyle: 'bold' },
      { token: 'variable.member.vtl', foreground: '0b63b8' },
      { token: 'variable.method.vtl', foreground: '7c3aed' },
      { token: 'keyword.vtl', foreground: 'b4238a', fontStyle: 'bold' },
      { token: 'keyword.macro.vtl', foreground: 'b4238a' },
      { token: 'keyword.operator.vtl', foreground: 'b4238a' },
      { token: 'constant.vtl', foreground: '0e7490' },
      { token: 'comment.vtl', foreground: '7d8998', fontStyle: 'italic' },
      { token: 'string.vtl', foreground: '1a7f37' },
      { token: 'string.escape.vtl', foreground: '8a5a00' },
      { token: 'string.unparsed.vtl', foreground: '5c6878' },
      { token: 'number.vtl', foreground: 'b45309' },
      { token: 'invalid.vtl', foreground: 'c7162b', fontStyle: 'underline' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editorLineNumber.foreground': '#a3adb9',
      'editorGutter.background': '#fafbfc',
      'editor.lineHighlightBackground': '#f4f7fb',
    },
  })
  monaco.editor.defineTheme(DARK_THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'variable.vtl', foreground: '6cb6ff', fontStyle: 'bold' },
      { token: 'variable.member.vtl', foreground: '6cb6ff' },
      { token: 'variable.method.vtl', foreground: 'c4a7ff' },
      { token: 'keyword.vtl', foreground: 'f47fc9', fontStyle: 'bold' },
      { token: 'keyword.macro.vtl', foreground: 'f47fc9' },
      { token: 'keyword.operator.vtl', foreground: 'f47fc9' },
      { token: 'constant.vtl', foreground: '56d4dd' },
      { token: 'comment.vtl', foreground: '7d8998', fontStyle: 'italic' },
      { token: 'string.vtl', foreground: '7ee2a0' },
      { token: 'string.escape.vtl', foreground: 'e3b341' },
      { token: 'string.unparsed.vtl', foreground: 'aab7c6' },
      { token: 'number.vtl', foreground: 'f0a35e' },
      { token: 'invalid.vtl', foreground: 'ff7b8a', fontStyle: 'underline' },
    ],
    colors: {
      'editor.background': '#141b23',
      'editorGutter.background': '#121920',
      'editorLineNumber.foreground': '#4f5d6d',
      'editor.lineHighlightBackground': '#1b242e',
    },
  })
}
