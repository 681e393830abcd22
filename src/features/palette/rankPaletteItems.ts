import type { PaletteItem } from './paletteItems'

/**
 * Orders palette items for what was typed. Every word of the query must be found in the item
 * (its label, then its detail), as a substring or, in the label only, as letters in order
 * (`gpid` finds `GET /pets/{petId}`). Better matches first: a word at the start of the label or
 * of a path segment beats one inside a word, a substring beats scattered letters, a match in
 * the label beats one in the detail; ties keep the items' own order. An empty query keeps
 * every item in order. At most `limit` items.
 */
export function rankPaletteItems(items: readonly PaletteItem[], query: string, limit = 50): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return items.slice(0, limit)
  const scored: { item: PaletteItem; score: number; at: number }[] = []
  items.forEach((item, at) => {
    const label = item.label.toLowerCase()
    const detail = item.detail.toLowerCase()
    let score = 0
    for (const word of words) {
      const s = wordScore(word, label, detail)
      if (s < 0) return
      score += s
    }
    scored.push({ item, score, at })
  })
  scored.sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length || a.at - b.at)
  return scored.slice(0, limit).map((s) => s.item)
}

/** Lower is better; -1 when the word is not found. */
function wordScore(word: string, label: string, detail: string): number {
  const i = label.indexOf(word)
  if (i === 0) return 0
  if (i > 0) {
    let best = atBoundary(label, i) ? 1 : 3
    // a later occurrence may start a segment (`pets` in `/cats/pets`)
    for (let j = label.indexOf(word, i + 1); j > 0 && best > 1; j = label.indexOf(word, j + 1)) {
      if (atBoundary(label, j)) best = 1
    }
    return best
  }
  if (inOrder(word, label)) return 6
  if (detail.includes(word)) return 8
  return -1
}

function atBoundary(s: string, i: number): boolean {
  return !/[a-z0-9]/.test(s[i - 1] ?? '')
}

/** The word's letters appear in `s` in order. */
function inOrder(word: string, s: string): boolean {
  let j = 0
  for (let i = 0; i < s.length && j < word.length; i++) if (s[i] === word[j]) j++
  return j === word.length
}
