const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

let lastSecond = Number.NaN
let lastRequestTime = ''
let lastHttpSecond = Number.NaN
let lastHttpDate = ''

/** `$context.requestTime`: CLF format `dd/MMM/yyyy:HH:mm:ss +0000` in UTC. */
export function formatRequestTime(epochMs: number): string {
  const second = Math.floor(epochMs / 1000)
  if (second !== lastSecond) {
    lastRequestTime = requestTimeOf(epochMs)
    lastSecond = second
  }
  return lastRequestTime
}

function requestTimeOf(epochMs: number): string {
  const d = new Date(epochMs)
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(
    d.getUTCMinutes(),
  )}:${two(d.getUTCSeconds())} +0000`
}

/** Java's `Date.toString()` in UTC, as AWS prints execution-log lines: `Wed Mar 05 06:43:16 UTC 2025`. */
export function formatJavaDate(epochMs: number): string {
  const d = new Date(epochMs)
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(
    d.getUTCMinutes(),
  )}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
}

/** The HTTP `Date` header (IMF-fixdate): `Wed, 05 Mar 2025 06:43:16 GMT`. */
export function formatHttpDate(epochMs: number): string {
  const second = Math.floor(epochMs / 1000)
  if (second !== lastHttpSecond) {
    lastHttpDate = httpDateOf(epochMs)
    lastHttpSecond = second
  }
  return lastHttpDate
}

function httpDateOf(epochMs: number): string {
  const d = new Date(epochMs)
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(
    d.getUTCHours(),
  )}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`
}
