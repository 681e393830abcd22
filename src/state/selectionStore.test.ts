import { describe, expect, it } from 'vitest'
import { createSelectionStore } from './selectionStore'

describe('selectionStore', () => {
  it('selecting a method opens its method request, and optionally its flow', () => {
    const store = createSelectionStore()
    store.getState().selectApi('a1')
    store.getState().selectMethod('r1', 'GET')
    expect(store.getState()).toMatchObject({
      apiId: 'a1',
      resourceId: 'r1',
      httpMethod: 'GET',
      view: 'resources',
    })
    expect(store.getState().target).toEqual({ kind: 'methodRequest' })
    store.getState().selectMethod('r1', 'GET', true)
    expect(store.getState().view).toBe('flow')
  })

  it('keeps the inspected step when the same method is selected again, closes the editor for another one', () => {
    const store = createSelectionStore()
    store.getState().selectMethod('r1', 'GET')
    store.getState().inspect({ kind: 'integrationResponse', key: 'default' })
    store.getState().openEditor({ kind: 'requestTemplate', contentType: 'application/json' })
    store.getState().selectMethod('r1', 'GET', true)
    expect(store.getState().target).toEqual({ kind: 'integrationResponse', key: 'default' })
    expect(store.getState().editor).toBeDefined()
    store.getState().selectMethod('r1', 'POST')
    expect(store.getState().editor).toBeUndefined()
    expect(store.getState().target).toEqual({ kind: 'methodRequest' })
  })

  it('selecting a resource clears the method; another API clears both and returns to the canvas', () => {
    const store = createSelectionStore()
    store.getState().selectApi('a1')
    store.getState().selectMethod('r1', 'GET', true)
    store.getState().selectResource('r2')
    expect(store.getState().httpMethod).toBeUndefined()
    expect(store.getState().target).toEqual({ kind: 'resource' })
    store.getState().selectApi('a2')
    expect(store.getState()).toMatchObject({ apiId: 'a2', view: 'resources', target: { kind: 'api' } })
    expect(store.getState().resourceId).toBeUndefined()
  })

  it('folds and unfolds subtrees per API', () => {
    const store = createSelectionStore()
    store.getState().toggleCollapsed('a1', 'r1')
    store.getState().toggleCollapsed('a2', 'r9')
    expect(store.getState().collapsed).toEqual({ a1: ['r1'], a2: ['r9'] })
    store.getState().toggleCollapsed('a1', 'r1')
    expect(store.getState().collapsed.a1).toEqual([])
  })

  it('reset forgets everything but keeps working', () => {
    const store = createSelectionStore()
    store.getState().selectMethod('r1', 'GET')
    store.getState().reset()
    expect(store.getState().resourceId).toBeUndefined()
    store.getState().selectApi('a3')
    expect(store.getState().apiId).toBe('a3')
  })
})
