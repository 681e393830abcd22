export type { Clock } from './Clock'
export type { IdSource } from './IdSource'
