// Minimal typings for the parts of autocannon 8 the serve benchmark uses (the package ships none).
declare module 'autocannon' {
  interface Histogram {
    average: number
    p50: number
    p99: number
    mean: number
  }
  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    errors: number
    non2xx: number
    duration: number
  }
  interface Options {
    url: string
    connections: number
    duration: number
    pipelining?: number
    headers?: Record<string, string>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
