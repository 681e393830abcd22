import type { RestApi } from '../model/rest/RestApi'
import { compileMappingTemplate } from './mapping/compileMappingTemplate'
import { emptyMappingOverrides, type MappingInput } from './mapping/MappingInput'
import type { MappingResult } from './mapping/MappingResult'
import { buildRouteTree, type RouteNode } from './routing/RouteTree'
import { ModelValidators } from './validation/ModelValidators'

export interface CompiledTemplate {
  render(input: MappingInput): MappingResult
}

/**
 * What the pipeline derives once per deployed API snapshot and keeps: the routing tree, compiled
 * mapping templates (by text) and model validators. Deployments are immutable, so this is cached
 * by the snapshot object itself.
 */
export class CompiledApi {
  readonly routes: RouteNode | undefined
  readonly validators: ModelValidators
  private readonly templates = new Map<string, CompiledTemplate | Error>()

  constructor(readonly api: RestApi) {
    this.routes = buildRouteTree(api)
    this.validators = new ModelValidators(api)
  }

  /** The compiled template for this text, or the error that stopped it compiling. */
  template(text: string): CompiledTemplate | Error {
    let hit: CompiledTemplate | Error | undefined = this.templates.get(text)
    if (hit === undefined) {
      try {
        const compiled = compileMappingTemplate(text)
        // Text without `$` or `#` has no reference or directive: Velocity prints it as it is.
        hit = /[$#]/.test(text)
          ? compiled
          : {
              render: (input: MappingInput): MappingResult => ({
                output: text,
                overrides: input.overrides ?? emptyMappingOverrides(),
                overrideErrors: [],
              }),
            }
      } catch (e) {
        hit = e instanceof Error ? e : new Error(String(e))
      }
      this.templates.set(text, hit)
    }
    return hit
  }
}

const cache = new WeakMap<RestApi, CompiledApi>()

/** The compiled form of a deployed API snapshot (built on first use). */
export function compiledApiFor(api: RestApi): CompiledApi {
  let c = cache.get(api)
  if (c === undefined) {
    c = new CompiledApi(api)
    cache.set(api, c)
  }
  return c
}
