export type { Clock } from './Clock'
export type { HeaderList, HttpTransport, TransportRequest, TransportResult } from './HttpTransport'
export type { IdSource } from './IdSource'
export type { LambdaInvocation, LambdaInvocationResult, LambdaRuntime } from './LambdaRuntime'
