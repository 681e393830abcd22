/**
 * A classic hex dump: offset, 16 bytes in hex (split 8 + 8), and the printable ASCII.
 * `00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|`
 */
export function hexDump(bytes: Uint8Array, maxBytes = 4096): string {
  const shown = bytes.subarray(0, maxBytes)
  const lines: string[] = []
  for (let offset = 0; offset < shown.length; offset += 16) {
    const row = shown.subarray(offset, offset + 16)
    let hex = ''
    let ascii = ''
    for (let i = 0; i < 16; i++) {
      const b = row[i]
      hex += b === undefined ? '   ' : `${b.toString(16).padStart(2, '0')} `
      if (i === 7) hex += ' '
      if (b !== undefined) ascii += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'
    }
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex} |${ascii}|`)
  }
  return lines.join('\n')
}
