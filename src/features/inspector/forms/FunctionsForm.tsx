import { useState } from 'react'
import { createFunction, deleteFunction, updateFunction } from '../../../core/model/commands'
import { FUNCTION_NAME } from '../../../core/model/commands/lambda/lambdaFunction'
import type { Project } from '../../../core/model/project'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { FieldError, FormHeader, Section, SelectProp, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { integerBetween } from '../validation/fieldRules'
import styles from './forms.module.css'

/** A starting handler that answers a Lambda proxy integration. */
export const STARTER_HANDLER = `export const handler = async (event) => {
  console.log('path', event.path)
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: 'Hello from Lambda', path: event.path }),
  }
}
`

/** Lambda functions of the project: create, configure; the code opens in the docked editor with Run. */
export function FunctionsForm({ project, name }: { project: Project; name?: string }) {
  const tryEdit = useTryEdit()
  const fn = project.functions.find((f) => f.name === name)
  const [newName, setNewName] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const nameProblem =
    newName === ''
      ? undefined
      : !FUNCTION_NAME.test(newName)
        ? 'Function names are 1–64 letters, digits, hyphens or underscores.'
        : project.functions.some((f) => f.name === newName)
          ? `Function already exist: ${newName}`
          : undefined
  const open = (n: string) => {
    selectionStore.getState().inspect({ kind: 'functions', name: n })
    selectionStore.getState().openEditor({ kind: 'function', name: n })
  }
  const patch = (p: Parameters<typeof updateFunction.apply>[1]['patch'], field: string) =>
    fn ? tryEdit(updateFunction, { name: fn.name, patch: p }, `function:${fn.name}:${field}`) : undefined
  return (
    <div className={styles.form}>
      <FormHeader
        title="Lambda functions"
        subtitle={<span>Run in a sandboxed worker by the emulator</span>}
      />
      <Section title={`Functions (${project.functions.length})`}>
        <ul className={styles.list}>
          {project.functions.map((f) => (
            <li
              key={f.name}
              className={`${styles.listItem} ${f.name === name ? styles.listItemSelected : ''}`}
            >
              <button type="button" className={styles.listButton} onClick={() => open(f.name)}>
                <strong>{f.name}</strong>
                <span className={styles.meta}>
                  {f.runtime} · {f.handler}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <form
          className={styles.row}
          style={{ alignItems: 'end' }}
          onSubmit={(e) => {
            e.preventDefault()
            if (newName === '' || nameProblem) return
            const problem = tryEdit(createFunction, { name: newName, code: STARTER_HANDLER })
            setError(problem)
            if (!problem) {
              open(newName)
              setNewName('')
            }
          }}
        >
          <TextField
            label="New function name"
            value={newName}
            placeholder="petsHandler"
            error={nameProblem ?? null}
            onChange={(e) => setNewName(e.target.value)}
          />
          <div>
            <Button
              type="submit"
              size="sm"
              icon="plus"
              disabled={newName === '' || nameProblem !== undefined}
            >
              Create function
            </Button>
          </div>
        </form>
        {error && <FieldError>{error}</FieldError>}
      </Section>
      {fn && (
        <Section
          title={fn.name}
          actions={
            <Button
              size="sm"
              variant="ghost"
              icon="trash"
              label={`Delete function ${fn.name}`}
              onClick={() => {
                const problem = tryEdit(deleteFunction, { name: fn.name })
                setError(problem)
                if (!problem) {
                  selectionStore.getState().inspect({ kind: 'functions' })
                  selectionStore.getState().openEditor(undefined)
                }
              }}
            />
          }
        >
          <div className={styles.actions}>
            <Button size="sm" variant="primary" onClick={() => open(fn.name)}>
              Edit code and test
            </Button>
          </div>
          <SelectProp
            label="Runtime"
            value={fn.runtime}
            options={[
              { value: 'nodejs20.x', label: 'Node.js 20.x' },
              { value: 'nodejs22.x', label: 'Node.js 22.x' },
            ]}
            onChange={(v) => patch({ runtime: v }, 'runtime')}
          />
          <TextProp
            label="Handler"
            value={fn.handler}
            monospace
            onCommit={(v) => patch({ handler: v }, 'handler')}
          />
          <div className={styles.row}>
            <TextProp
              label="Timeout (seconds)"
              value={String(fn.timeout)}
              rules={[integerBetween(1, 900, 'seconds')]}
              onCommit={(v) => patch({ timeout: Number(v) }, 'timeout')}
            />
            <TextProp
              label="Memory (MB)"
              value={String(fn.memorySize)}
              rules={[integerBetween(128, 10240, 'MB')]}
              onCommit={(v) => patch({ memorySize: Number(v) }, 'memory')}
            />
          </div>
          <KeyValueEditor
            label="Environment variables"
            entries={Object.entries(fn.environment)}
            keyLabel="Key"
            valueLabel="Value"
            keyRules={[
              (k) =>
                /^[A-Za-z][A-Za-z0-9_]*$/.test(k) ? undefined : 'Start with a letter; letters, digits and _.',
            ]}
            newValue=""
            onCommit={(e) => patch({ environment: Object.fromEntries(e) }, 'environment')}
            addLabel="Add environment variable"
            emptyText="No environment variables."
            monospace
          />
        </Section>
      )}
    </div>
  )
}
