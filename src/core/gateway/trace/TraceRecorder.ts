import type { Clock } from '../../ports/Clock'
import type { ExecutionLogLine, PipelineStageName, RequestTrace, TraceEvent } from './RequestTrace'

/** Records trace events and execution-log lines for one request. */
export class TraceRecorder {
  constructor(
    readonly trace: RequestTrace,
    private readonly clock: Clock,
  ) {}

  /** Starts timing a stage; call `end` on the handle. */
  begin(stage: PipelineStageName): StageTimer {
    return new StageTimer(this, stage, this.clock.monotonic())
  }

  /** Adds an instantaneous note. */
  note(stage: PipelineStageName, summary: string, details: Record<string, unknown> = {}): void {
    const t = this.clock.monotonic()
    this.trace.events.push({ stage, start: t, end: t, outcome: 'note', summary, details })
  }

  /**
   * Adds an AWS execution-log line stamped with the wall clock. Give a function for a line that
   * is costly to build (maps, bodies): it runs only if someone reads the line.
   */
  log(text: string | (() => string)): void {
    const at = this.clock.now()
    if (typeof text === 'string') {
      this.trace.log.push({ at, text })
      return
    }
    this.trace.log.push(new LazyLogLine(at, text))
  }

  push(event: TraceEvent): void {
    this.trace.events.push(event)
  }

  now(): number {
    return this.clock.monotonic()
  }
}

/** A log line whose text is built on first read (and then kept). */
class LazyLogLine implements ExecutionLogLine {
  private made: string | undefined
  constructor(
    readonly at: number,
    private readonly make: () => string,
  ) {}
  get text(): string {
    if (this.made === undefined) this.made = this.make()
    return this.made
  }
  toJSON(): ExecutionLogLine {
    return { at: this.at, text: this.text }
  }
}

export class StageTimer {
  constructor(
    private readonly recorder: TraceRecorder,
    private readonly stage: PipelineStageName,
    private readonly start: number,
  ) {}

  end(outcome: TraceEvent['outcome'], summary: string, details: Record<string, unknown> = {}): void {
    this.recorder.push({
      stage: this.stage,
      start: this.start,
      end: this.recorder.now(),
      outcome,
      summary,
      details,
    })
  }
}
