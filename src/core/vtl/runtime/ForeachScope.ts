import { NO_SUCH_METHOD, VtlHostObject } from '../java/javaTypes'

/** `$foreach` inside a loop: index, count, hasNext, first, last, parent, topmost (Velocity 1.7). */
export class ForeachScope extends VtlHostObject {
  readonly javaClassName = 'org.apache.velocity.runtime.directive.ForeachScope'
  index = -1
  hasNext = false

  constructor(readonly parent: ForeachScope | null) {
    super()
  }

  get count(): number {
    return this.index + 1
  }

  override getProperty(name: string): unknown {
    switch (name) {
      case 'index':
        return this.index
      case 'count':
        return this.count
      case 'hasNext':
        return this.hasNext
      case 'first':
        return this.index === 0
      case 'last':
        return !this.hasNext
      case 'parent':
        return this.parent ?? undefined
      case 'topmost': {
        let s: ForeachScope = this
        while (s.parent) s = s.parent
        return s
      }
    }
    return undefined
  }

  override callMethod(name: string, args: unknown[]): unknown {
    if (args.length !== 0) return NO_SUCH_METHOD
    switch (name) {
      case 'getIndex':
        return this.index
      case 'getCount':
        return this.count
      case 'hasNext':
      case 'getHasNext':
        return this.hasNext
      case 'isFirst':
      case 'getFirst':
        return this.index === 0
      case 'isLast':
      case 'getLast':
        return !this.hasNext
      case 'getParent':
        return this.parent ?? undefined
      case 'getTopmost':
        return this.getProperty('topmost')
    }
    return NO_SUCH_METHOD
  }
}
