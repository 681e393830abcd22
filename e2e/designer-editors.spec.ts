import type { Worker } from '@playwright/test'
import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'

test.describe('designer editors', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  test('VTL: colours, completion and hover docs for $input/$context, from the local Monaco bundle', async ({
    page,
    studio,
  }) => {
    const d = new DesignerPage(page)
    const workers: Worker[] = []
    page.on('worker', (w) => workers.push(w))
    const remote: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (url.hostname !== 'localhost' && !url.hostname.endsWith('.amazonaws.com')) remote.push(r.url())
    })
    await studio.open()
    await studio.createRestApi()
    await d.contextMenu('/', 'Create method')
    await d.inspector.getByRole('button', { name: 'Create method' }).click()
    await d.flowNode('integrationRequest').click()
    await d.inspector.getByRole('button', { name: 'Edit request template application/json' }).click()
    const editor = d.dock.getByRole('region', { name: 'Request template editor' })
    await d.typeInEditor(editor, '#set($id = $context.requestId)\n{"id": "$id", "q": "$input.', true)

    // Completion offers $input's members with their documentation.
    const suggest = page.locator('.monaco-editor .suggest-widget')
    await expect(suggest).toBeVisible()
    for (const member of ['body', 'json', 'params', 'path']) {
      await expect(suggest.getByRole('option', { name: new RegExp(`^${member}`) })).toBeVisible()
    }
    await page.keyboard.press('Escape')
    await d.typeInEditor(editor, "#set($id = $context.requestId)\n$id and q=$input.params('q')", true)

    // The tokenizer colours directives and references apart from plain template text.
    const line = editor.locator('.view-line').first()
    const colour = (text: string) =>
      line
        .locator('span > span', { hasText: text })
        .first()
        .evaluate((el) => getComputedStyle(el).color)
    const directive = await colour('#set')
    const reference = await colour('$context')
    expect(directive).not.toBe(reference)
    expect(new Set([directive, reference, await colour(' = ')]).size).toBe(3)

    // Hovering a reference shows its documentation.
    await line.locator('span > span', { hasText: 'requestId' }).first().hover()
    const hover = page.locator('.monaco-hover').filter({ hasText: '$context.requestId' })
    await expect(hover).toBeVisible()
    await expect(hover).toContainText('x-amzn-RequestId')

    // The preview renders it with the real engine.
    await expect(d.dock.getByTestId('template-preview')).toHaveText(
      '00000000-0000-4000-8000-000000000001 and q=',
    )

    // Monaco ran with its worker built by Vite, and nothing was fetched from a CDN.
    expect(workers.some((w) => /editor\.worker/.test(w.url()))).toBe(true)
    expect(remote).toEqual([])
  })

  test('models: JSON Schema draft 4, checked as you type', async ({ page, studio }) => {
    const d = new DesignerPage(page)
    await studio.open()
    await studio.createRestApi()
    await d.explorer.getByRole('button', { name: /^Models/ }).click()
    await d.inspector.getByLabel('New model name').fill('Pet_1')
    await expect(d.inspector).toContainText('alphanumeric only')
    await d.inspector.getByLabel('New model name').fill('Pet')
    await d.inspector.getByRole('button', { name: 'Create model' }).click()
    const editor = d.dock.getByRole('region', { name: 'Model schema' })
    // Completion knows JSON Schema draft 4 (Monaco's JSON worker with the draft-4 meta-schema).
    await d.typeInEditor(editor, '{"additionalP', true)
    await page.keyboard.press('Control+Space')
    await expect(
      page.locator('.monaco-editor .suggest-widget').getByRole('option', { name: /additionalProperties/ }),
    ).toBeVisible({
      timeout: 15_000,
    })
    await page.keyboard.press('Escape')
    await d.typeInEditor(editor, '{"type": "object", "required": "name"}', true)
    await expect(d.dock).toContainText('1 problem')
    await expect(d.dock).toContainText('Line 1: /required must be array')
    await expect(editor.locator('.squiggly-error').first()).toBeVisible()

    await d.typeInEditor(
      editor,
      '{"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}',
      true,
    )
    await expect(d.dock).toContainText('Valid draft-4 schema')
    // Saved to the model as an undoable edit: undo brings back the schema the model was created with.
    await page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click()
    await expect(editor.locator('.view-lines')).toContainText('"title": "Pet"')
    await expect(d.dock).toContainText('Valid draft-4 schema')
  })

  test('Lambda functions: edit, run with a sample proxy event, see the result and the console output', async ({
    page,
    studio,
  }) => {
    const d = new DesignerPage(page)
    await studio.open()
    await studio.createRestApi()
    await d.explorer.getByRole('button', { name: /^Lambda functions/ }).click()
    await d.inspector.getByLabel('New function name').fill('petsHandler')
    await d.inspector.getByRole('button', { name: 'Create function' }).click()
    await expect(d.dock.getByRole('region', { name: 'Function code' })).toBeVisible()

    await d.dock.getByRole('button', { name: 'Run' }).click()
    await expect(d.dock.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 20_000 })
    await expect(d.dock.getByTestId('run-output')).toContainText('"statusCode": 200')
    await expect(d.dock.getByTestId('run-output')).toContainText('Hello from Lambda')
    await expect(d.dock.getByTestId('run-logs')).toContainText('path /pets/1')

    // A function that throws: the error and its message are shown.
    const code = d.dock.getByRole('region', { name: 'Function code' })
    await d.typeInEditor(
      code,
      "export const handler = async () => { console.log('about to fail'); throw new Error('no pets today') }",
      true,
    )
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(d.dock.getByTestId('run-status')).toContainText('no pets today', { timeout: 20_000 })
    await expect(d.dock.getByTestId('run-logs')).toContainText('about to fail')
  })
})
