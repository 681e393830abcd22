import { useMemo, useState } from 'react'
import { enableCors, moveResource, renameResource } from '../../../core/model/commands'
import { checkResourcePlacement } from '../../../core/model/commands/rest/resource'
import { parsePathPart } from '../../../core/model/rest/pathPart'
import { subtreeIds } from '../../../core/model/rest/paths'
import type { HttpMethod, Resource, RestApi } from '../../../core/model/rest/RestApi'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { integrationKind } from '../../designer/integrationKind'
import { MethodBadge } from '../../designer/MethodBadge'
import { indexResourceTree, sortMethods } from '../../designer/tree/indexResourceTree'
import { useDesignerActions } from '../../designer/useDesignerActions'
import { CheckboxProp, FormHeader, keep, Note, Section, SelectProp, TextProp } from '../fields/fields'
import { useTryEdit } from '../fields/useTryEdit'
import styles from './forms.module.css'

/** A resource: its path part (rename), its parent (move), its methods, Enable CORS, delete. */
export function ResourceForm({
  api,
  resource,
  path,
  focus,
}: {
  api: RestApi
  resource: Resource
  path: string
  focus?: 'pathPart' | 'parent'
}) {
  const tryEdit = useTryEdit()
  const actions = useDesignerActions(api.id)
  const isRoot = resource.parentId === undefined
  const methods = sortMethods(Object.keys(resource.methods) as HttpMethod[])
  const parents = useMemo(() => {
    if (isRoot) return []
    const index = indexResourceTree(api)
    const own = subtreeIds(api, resource.id)
    return index.order
      .filter((id) => !own.has(id) && parsePathPart(api.resources[id]!.pathPart)?.kind !== 'greedy')
      .map((id) => ({ value: id, label: index.entries.get(id)!.path }))
  }, [api, resource.id, isRoot])

  return (
    <div className={styles.form}>
      <FormHeader
        title={isRoot ? 'Root resource' : 'Resource'}
        subtitle={<span>{path}</span>}
        actions={
          !isRoot && (
            <Button
              size="sm"
              variant="danger"
              icon="trash"
              onClick={() => actions.requestDelete(resource.id)}
            >
              Delete
            </Button>
          )
        }
      />
      <Section title="Resource details">
        {isRoot ? (
          <Note>The root resource / has no name and cannot be moved or deleted.</Note>
        ) : (
          <>
            <TextProp
              key={`name-${resource.id}`}
              label="Resource name"
              name="resource-name"
              hint="Letters, digits and . _ - : , — or a whole-segment {param}; {proxy+} only as the last segment."
              value={resource.pathPart}
              monospace
              autoFocus={focus === 'pathPart'}
              rules={[(v) => checkResourcePlacement(api, resource.parentId!, v, resource.id)]}
              onCommit={(pathPart) =>
                tryEdit(
                  renameResource,
                  { apiId: api.id, resourceId: resource.id, pathPart },
                  `rename:${resource.id}`,
                )
              }
            />
            <SelectProp
              label="Parent resource"
              name="resource-parent"
              hint="Moving a resource moves everything below it."
              value={resource.parentId!}
              options={parents}
              onChange={(newParentId) =>
                tryEdit(moveResource, { apiId: api.id, resourceId: resource.id, newParentId })
              }
            />
          </>
        )}
        <div className={styles.actions}>
          <Button
            size="sm"
            icon="plus"
            shortcut="N"
            disabled={parsePathPart(resource.pathPart)?.kind === 'greedy'}
            onClick={() => actions.createChild(resource.id)}
          >
            Create resource
          </Button>
          <Button size="sm" icon="plus" shortcut="M" onClick={() => actions.addMethod(resource.id)}>
            Create method
          </Button>
        </div>
      </Section>
      <Section title={`Methods (${methods.length})`}>
        {methods.length === 0 ? (
          <p className={styles.muted}>
            No methods yet. A request to {path} gets 403 Missing Authentication Token.
          </p>
        ) : (
          <ul className={styles.list}>
            {methods.map((m) => {
              const method = resource.methods[m]!
              return (
                <li key={m} className={styles.listItem}>
                  <button
                    type="button"
                    className={styles.listButton}
                    onClick={() => selectionStore.getState().selectMethod(resource.id, m, true)}
                  >
                    <MethodBadge method={m} kind={integrationKind(method)} />
                    <span>{method.integration ? method.integration.type : 'No integration'}</span>
                    <span className={styles.meta}>
                      {method.authorizationType !== 'NONE' ? method.authorizationType : ''}
                      {method.apiKeyRequired ? ' · API key' : ''}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        )}
      </Section>
      {methods.length > 0 && <EnableCorsSection api={api} resource={resource} methods={methods} />}
    </div>
  )
}

function EnableCorsSection({
  api,
  resource,
  methods,
}: {
  api: RestApi
  resource: Resource
  methods: HttpMethod[]
}) {
  const tryEdit = useTryEdit()
  const corsable = methods.filter((m) => m !== 'OPTIONS')
  const [chosen, setChosen] = useState<HttpMethod[]>(corsable)
  const [origin, setOrigin] = useState('*')
  const [headers, setHeaders] = useState(
    'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token',
  )
  const [gw4, setGw4] = useState(false)
  const [gw5, setGw5] = useState(false)
  const [result, setResult] = useState<string | undefined>(undefined)
  return (
    <Section title="Enable CORS" defaultOpen={false} id="enable-cors">
      <Note>
        Like the console: adds an OPTIONS method with a MOCK integration answering the preflight, and
        Access-Control-Allow-Origin on the chosen methods' 200 responses.
      </Note>
      <fieldset className={styles.radioGroup} style={{ gridTemplateColumns: 'repeat(4, auto)' }}>
        <legend>Access-Control-Allow-Methods</legend>
        {corsable.map((m) => (
          <CheckboxProp
            key={m}
            label={m}
            checked={chosen.includes(m)}
            onChange={(on) => {
              setChosen(on ? [...chosen, m] : chosen.filter((x) => x !== m))
              return undefined
            }}
          />
        ))}
      </fieldset>
      <TextProp label="Access-Control-Allow-Headers" value={headers} monospace onCommit={keep(setHeaders)} />
      <TextProp label="Access-Control-Allow-Origin" value={origin} monospace onCommit={keep(setOrigin)} />
      <CheckboxProp label="Default 4XX gateway response" checked={gw4} onChange={keep(setGw4)} />
      <CheckboxProp label="Default 5XX gateway response" checked={gw5} onChange={keep(setGw5)} />
      <div className={styles.actions}>
        <Button
          variant="primary"
          size="sm"
          onClick={() => {
            const error = tryEdit(enableCors, {
              apiId: api.id,
              resourceId: resource.id,
              methods: chosen,
              allowHeaders: headers,
              allowOrigin: origin,
              gatewayResponses: [
                ...(gw4 ? (['DEFAULT_4XX'] as const) : []),
                ...(gw5 ? (['DEFAULT_5XX'] as const) : []),
              ],
            })
            setResult(error ?? 'CORS enabled: OPTIONS method and headers added.')
          }}
        >
          Save CORS settings
        </Button>
        {result && (
          <span className={styles.muted} role="status">
            {result}
          </span>
        )}
      </div>
    </Section>
  )
}
