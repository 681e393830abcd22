import { describe, expect, it } from 'vitest'
import { buildMethod, buildProject, buildRestApi, resourceIdFor } from '../../../testing/builders'
import { dropTargetFor } from './dropTarget'

const api = buildRestApi({
  paths: {
    '/pets': { GET: buildMethod('GET') },
    '/pets/{petId}': { GET: buildMethod('GET') },
    '/users': {},
    '/users/{userId}': {},
    '/files/{proxy+}': {},
    '/orders/users': {},
  },
})
const project = buildProject({ restApis: [api] })
const id = resourceIdFor
const drop = (path: string, onto: string) => dropTargetFor(project, api.id, id(path), id(onto))

describe('dropTargetFor', () => {
  it('accepts a drop the move command accepts', () => {
    expect(drop('/users', '/pets')).toEqual({ id: id('/pets') })
  })

  it('says why AWS would refuse the others', () => {
    expect(drop('/users/{userId}', '/pets')?.problem).toMatch(
      /already has a variable path part -- only one is allowed/,
    )
    expect(drop('/users', '/files/{proxy+}')?.problem).toMatch(/greedy path variable/)
    expect(drop('/orders/users', '/')?.problem).toMatch(/same parent already has this name: users/)
    expect(drop('/pets', '/pets/{petId}')?.problem).toMatch(/under itself or one of its children/)
  })

  it('is no target at all onto itself, onto its own parent, or for the root', () => {
    expect(drop('/pets', '/pets')).toBeUndefined()
    expect(drop('/pets/{petId}', '/pets')).toBeUndefined()
    expect(dropTargetFor(project, api.id, api.rootResourceId, id('/pets'))).toBeUndefined()
    expect(dropTargetFor(project, 'nope', id('/pets'), id('/users'))).toBeUndefined()
  })
})
