import { createFunction, deleteFunction, updateFunction } from '../../../core/model/commands'
import { FUNCTION_NAME } from '../../../core/model/commands/lambda/lambdaFunction'
import type { Project } from '../../../core/model/project'
import { selectionStore } from '../../../state/selectionStore'
import { Button } from '../../../ui/Button'
import { FormHeader, SelectProp, TextProp } from '../fields/fields'
import { KeyValueEditor } from '../fields/KeyValueEditor'
import { useTryEdit } from '../fields/useTryEdit'
import { integerBetween } from '../validation/fieldRules'
import styles from './forms.module.css'
import { NamedItemDetail, NamedItemSection } from './NamedItemSection'

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
      <NamedItemSection
        title={`Functions (${project.functions.length})`}
        items={project.functions.map((f) => ({
          key: f.name,
          name: f.name,
          meta: `${f.runtime} · ${f.handler}`,
        }))}
        selectedKey={name}
        onOpen={open}
        nameLabel="New function name"
        placeholder="petsHandler"
        nameProblem={(n) =>
          !FUNCTION_NAME.test(n)
            ? 'Function names are 1–64 letters, digits, hyphens or underscores.'
            : project.functions.some((f) => f.name === n)
              ? `Function already exist: ${n}`
              : undefined
        }
        createLabel="Create function"
        onCreate={(n) => {
          const problem = tryEdit(createFunction, { name: n, code: STARTER_HANDLER })
          if (!problem) open(n)
          return problem
        }}
      />
      {fn && (
        <NamedItemDetail
          title={fn.name}
          deleteLabel={`Delete function ${fn.name}`}
          onDelete={() => tryEdit(deleteFunction, { name: fn.name })}
          onDeleted={() => {
            selectionStore.getState().inspect({ kind: 'functions' })
            selectionStore.getState().openEditor(undefined)
          }}
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
        </NamedItemDetail>
      )}
    </div>
  )
}
