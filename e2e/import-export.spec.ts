import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { load as loadYaml } from 'js-yaml'
import { expect, test } from './support/fixtures'
import type { StudioPage } from './support/StudioPage'

// Import and Export of OpenAPI in the studio, with files from the shared corpus
// (../shared/corpus next to the repository root).

const corpusRoot = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

function corpusFile(relative: string): { name: string; buffer: Buffer; text: string } {
  const path = join(corpusRoot, relative)
  if (!existsSync(path)) {
    throw new Error(
      `The shared OpenAPI corpus is missing: expected ${relative} under ../shared/corpus beside the repository.`,
    )
  }
  const buffer = readFileSync(path)
  return { name: relative.split('/').pop() ?? relative, buffer, text: buffer.toString('utf8') }
}

function mimeOf(name: string): string {
  return name.endsWith('.json') ? 'application/json' : 'application/yaml'
}

async function openImport(studio: StudioPage): Promise<Locator> {
  await studio.header.getByRole('button', { name: 'Import', exact: true }).click()
  const panel = studio.page.getByRole('dialog', { name: 'Import OpenAPI' })
  await expect(panel).toBeVisible()
  return panel
}

async function chooseFile(panel: Locator, relative: string): Promise<void> {
  const file = corpusFile(relative)
  // The real picker: the button opens the file chooser.
  const chooser = panel.page().waitForEvent('filechooser')
  await panel.getByRole('button', { name: /^Choose (another )?file…$/ }).click()
  await (await chooser).setFiles({ name: file.name, mimeType: mimeOf(file.name), buffer: file.buffer })
  await expect(panel).toContainText(file.name)
}

async function paste(panel: Locator, text: string): Promise<void> {
  await panel.getByText('Paste text', { exact: true }).click()
  await panel.getByRole('textbox', { name: 'OpenAPI document' }).fill(text)
}

function findings(panel: Locator): Locator {
  return panel.getByRole('region', { name: 'Import findings' })
}

async function openExport(studio: StudioPage): Promise<Locator> {
  await studio.header.getByRole('button', { name: 'Export', exact: true }).click()
  const panel = studio.page.getByRole('dialog', { name: 'Export OpenAPI' })
  await expect(panel).toBeVisible()
  return panel
}

/** The open project as autosave stored it. */
async function storedRestApis(studio: StudioPage): Promise<{ name: string }[]> {
  await studio.expectSaved()
  const stored = await studio.storedProject(await studio.projectId())
  return (stored?.restApis ?? []) as { name: string }[]
}

interface RunningFrames {
  /** Animation frames painted while the progress bar was shown. */
  frames: number
  /** The longest gap between two frames in that time, in ms: how long the page was unable to respond. */
  longestGapMs: number
  /** How long the progress bar was shown, in ms. */
  shownMs: number
}

/**
 * From now on, counts the animation frames the page paints while an import progress bar is
 * shown, and the longest gap between two of them. A page whose main thread is busy importing
 * paints no frames; one that stays responsive keeps painting.
 */
async function watchFramesWhileImporting(page: Page): Promise<() => Promise<RunningFrames>> {
  await page.evaluate(() => {
    const w = window as unknown as { __gwFrames: RunningFrames & { done: boolean } }
    const state = { frames: 0, longestGapMs: 0, shownMs: 0, done: false }
    w.__gwFrames = state
    let first = 0
    let last = 0
    const tick = (now: number) => {
      const shown = document.querySelector('[role="progressbar"]') !== null
      if (shown) {
        if (first === 0) first = now
        else state.longestGapMs = Math.max(state.longestGapMs, now - last)
        last = now
        state.frames++
        state.shownMs = now - first
      } else if (first !== 0) {
        state.done = true
        return
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  return async () => {
    await page.waitForFunction(() => (window as unknown as { __gwFrames: { done: boolean } }).__gwFrames.done)
    return page.evaluate(() => {
      const { frames, longestGapMs, shownMs } = (window as unknown as { __gwFrames: RunningFrames })
        .__gwFrames
      return { frames, longestGapMs, shownMs }
    })
  }
}

test.describe('Import OpenAPI', () => {
  test('by file picker: the warnings come first, Import commits one undoable edit', async ({
    studio,
    page,
  }) => {
    await studio.open()
    await studio.expectNoApis()
    const panel = await openImport(studio)
    await expect(panel.getByRole('button', { name: 'Check' })).toBeDisabled()
    await chooseFile(panel, 'openapi/awsdocs-request-validators.swagger.json')
    await panel.getByRole('button', { name: 'Check' }).click()

    // The findings, with AWS's message and the JSON pointer, before anything changes.
    await expect(panel.getByTestId('import-ready')).toContainText(
      'Ready to create ReqValidators Sample (REST API)',
    )
    await expect(panel).toContainText('Swagger 2.0 · JSON')
    const list = findings(panel)
    await expect(panel.getByTestId('import-ready')).toContainText(
      '4 warnings: API Gateway would import the file',
    )
    await expect(list.locator('li[data-severity="warning"]')).toHaveCount(4)
    await expect(list.locator('li').first()).toContainText('/paths/~1validation/')
    await studio.expectNoApis()
    await expect(studio.header.getByRole('button', { name: /^Undo/ })).toBeDisabled()

    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toContainText('Imported ReqValidators Sample')
    await panel.getByRole('button', { name: 'Done' }).click()
    await expect(panel).toBeHidden()
    await expect(studio.header.getByRole('button', { name: 'Import', exact: true })).toBeFocused()

    await studio.expectApi('ReqValidators Sample')
    const tree = studio.explorer.getByRole('tree', { name: 'Resources of ReqValidators Sample' })
    await expect(tree.getByRole('treeitem', { name: 'GET /validation' })).toBeVisible()
    await expect(tree.getByRole('treeitem', { name: 'POST /validation' })).toBeVisible()
    expect((await storedRestApis(studio)).map((a) => a.name)).toEqual(['ReqValidators Sample'])

    const undo = studio.header.getByRole('button', { name: /^Undo/ })
    await expect(undo).toHaveAttribute('aria-label', 'Undo Import OpenAPI')
    await undo.click()
    await studio.expectNoApis()
    expect(await storedRestApis(studio)).toEqual([])
    await studio.redo()
    await studio.expectApi('ReqValidators Sample')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('by pasting YAML, then merging a second file into that API', async ({ studio }) => {
    await studio.open()
    let panel = await openImport(studio)
    await paste(panel, corpusFile('openapi/awsdocs-aws-variables-tasks.oas30.yaml').text)
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByTestId('import-ready')).toContainText('Ready to create tasks-api (REST API)')
    await expect(panel).toContainText('OpenAPI 3.0 · YAML')
    await expect(panel.getByTestId('import-ready')).toContainText('No warnings.')
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await panel.getByRole('button', { name: 'Import another file' }).click()

    // Merge: what the file does not mention stays.
    await paste(panel, corpusFile('openapi/awsdocs-kinesis-proxy.oas30.json').text)
    await panel.getByRole('radio', { name: /Merge into an existing API/ }).check()
    await expect(panel.getByLabel('API to merge into')).toHaveValue(/.+/)
    await expect(panel).toContainText('a method defined in both is replaced by the file’s method')
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByTestId('import-ready')).toContainText('Ready to merge into')
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toBeVisible()
    await panel.getByRole('button', { name: 'Done' }).click()

    const tree = studio.explorer.getByRole('tree')
    await expect(tree.getByRole('treeitem', { name: 'GET /', exact: true })).toBeVisible()
    await expect(tree.getByRole('treeitem', { name: 'GET /streams', exact: true })).toBeVisible()
    expect(await storedRestApis(studio)).toHaveLength(1)

    // Undo takes back the merge only.
    await studio.undo()
    await expect(tree.getByRole('treeitem', { name: 'GET /streams', exact: true })).toHaveCount(0)
    await expect(tree.getByRole('treeitem', { name: 'GET /', exact: true })).toBeVisible()
    panel = studio.page.getByRole('dialog', { name: 'Import OpenAPI' })
    await expect(panel).toHaveCount(0)
  })

  test('a file AWS would refuse shows its error and leaves the project unchanged', async ({ studio }) => {
    await studio.open()
    await studio.renameProject('Untouched')
    await studio.createRestApi()
    const before = await storedRestApis(studio)

    const panel = await openImport(studio)
    await chooseFile(panel, 'openapi/sam-translator-disable-execute-api.oas30.json')
    await panel.getByRole('button', { name: 'Check' }).click()
    const refusal = panel
      .getByRole('alert')
      .filter({ hasText: 'API Gateway would refuse this file. Nothing was imported.' })
    await expect(refusal).toContainText('1 error below')
    const error = findings(panel).locator('li[data-severity="error"]')
    await expect(error).toContainText('CloudFormation intrinsic (Ref) is not a string')
    await expect(error).toContainText('/info/title')
    await expect(panel.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
    await expect(studio.header.getByRole('button', { name: /^Undo/ })).toHaveAttribute(
      'aria-label',
      'Undo Create REST API',
    )

    // OpenAPI 3.1: AWS's "Invalid OpenAPI input."
    await panel.getByRole('button', { name: 'Back' }).click()
    await paste(panel, JSON.stringify({ openapi: '3.1.0', info: { title: 'New', version: '1' }, paths: {} }))
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(findings(panel).locator('li')).toContainText('Invalid OpenAPI input.')
    await expect(findings(panel).locator('li')).toContainText('/openapi')

    // Not even a document.
    await panel.getByRole('button', { name: 'Back' }).click()
    await paste(panel, '{"openapi": "3.0.1", "paths": {')
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByRole('alert')).toContainText('API Gateway would refuse this file')
    await expect(findings(panel).locator('li')).toContainText('Invalid JSON')
    await expect(findings(panel).locator('li')).toContainText('line 1, column 32')

    expect(await storedRestApis(studio)).toEqual(before)
    await expect(studio.projectName).toHaveText('Untouched')
    await studio.expectApi('My API')
    await expect(studio.explorer.locator('#explorer-api option')).toHaveCount(1)
  })

  test('fail on warnings refuses a file with warnings; repairs import what AWS refuses', async ({
    studio,
  }) => {
    await studio.open()
    const panel = await openImport(studio)
    await chooseFile(panel, 'openapi/awsdocs-request-validators.swagger.json')
    await panel.getByRole('checkbox', { name: 'Fail on warnings' }).check()
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByRole('alert')).toContainText('Refused: Fail on warnings is on.')
    await expect(panel.getByRole('alert')).toContainText('The import has 4 warnings')
    await expect(panel.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)

    await panel.getByRole('button', { name: 'Back' }).click()
    await panel.getByRole('checkbox', { name: 'Fail on warnings' }).uncheck()
    await chooseFile(panel, 'openapi/sessions-s12d-server.oas30.yaml')
    await panel.getByRole('button', { name: 'Check' }).click()
    await panel.getByRole('button', { name: 'Check again with repairs' }).click()
    await expect(panel.getByTestId('import-ready')).toBeVisible()
    await expect(findings(panel).locator('li[data-severity="warning"]').first()).toContainText(
      'CloudFormation intrinsic',
    )
    await studio.expectNoApis()
  })

  test('drag and drop a file onto the studio: an overlay, then the import panel with that file', async ({
    studio,
    page,
  }) => {
    await studio.open()
    const file = corpusFile('openapi/awsdocs-simplecalc-vtl.swagger.json')
    const transfer = await page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer()
        dt.items.add(new File([text], name, { type: 'application/json' }))
        return dt
      },
      { name: file.name, text: file.text },
    )
    await page.dispatchEvent('#gw-canvas', 'dragenter', { dataTransfer: transfer })
    await page.dispatchEvent('#gw-canvas', 'dragover', { dataTransfer: transfer })
    await expect(page.getByTestId('drop-overlay')).toBeVisible()
    await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import OpenAPI')
    await page.dispatchEvent('#gw-canvas', 'drop', { dataTransfer: transfer })
    await expect(page.getByTestId('drop-overlay')).toBeHidden()

    const panel = page.getByRole('dialog', { name: 'Import OpenAPI' })
    await expect(panel).toContainText(file.name)
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByTestId('import-ready')).toContainText('SimpleCalc')
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await studio.expectApi('SimpleCalc')

    // A drag that leaves the window takes the overlay away.
    await page.dispatchEvent('#gw-canvas', 'dragenter', { dataTransfer: transfer })
    await expect(page.getByTestId('drop-overlay')).toBeVisible()
    await page.dispatchEvent('#gw-canvas', 'dragleave', { dataTransfer: transfer })
    await expect(page.getByTestId('drop-overlay')).toBeHidden()
  })

  test('a 3.7 MB spec imports in a worker with progress while the studio stays responsive', async ({
    studio,
    page,
  }) => {
    test.setTimeout(180_000)
    await studio.open()
    const panel = await openImport(studio)
    const file = corpusFile('openapi-large/stripe-spec3-2021-08-25.oas30.json')
    await panel.getByTestId('openapi-file-input').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: file.buffer,
    })
    await panel.getByRole('checkbox', { name: /Repair what AWS would refuse/ }).check()

    const framesWhileImporting = await watchFramesWhileImporting(page)
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))

    await panel.getByRole('button', { name: 'Check' }).click()
    const progress = panel.getByRole('progressbar', { name: 'Import progress' })
    await expect(progress).toBeVisible()
    // While it runs, the rest of the studio answers: hide the explorer.
    await studio.header.getByRole('button', { name: 'Hide explorer' }).click()
    await expect(studio.explorer).toBeHidden()
    const stillRunning = await progress.isVisible()

    await expect(panel.getByTestId('import-ready')).toContainText('Stripe API', { timeout: 120_000 })
    const frames = await framesWhileImporting()
    console.log(
      `stripe (3.7 MB): progress shown ${Math.round(frames.shownMs)} ms, ${frames.frames} frames painted meanwhile, longest gap ${Math.round(frames.longestGapMs)} ms; explorer hidden while the import still ran: ${stillRunning}`,
    )
    expect(workers.some((u) => /openApiImport\.worker/.test(u))).toBe(true)
    // The page kept painting through the import: the work happened in the worker.
    expect(frames.frames).toBeGreaterThan(10)
    expect(frames.longestGapMs).toBeLessThan(400)
    await expect(panel.getByTestId('import-ready')).toContainText('1,131 warnings')
    await expect(findings(panel).locator('li')).toHaveCount(100)
    await findings(panel).getByRole('button', { name: 'Show 500 more' }).click()
    await expect(findings(panel).locator('li')).toHaveCount(600)
    await studio.header.getByRole('button', { name: 'Show explorer' }).click()

    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toContainText('Imported Stripe API', { timeout: 60_000 })
    await studio.expectApi('Stripe API')
    await panel.getByRole('button', { name: 'Done' }).click()

    // Its export is written in a worker too; the preview shows the beginning, Download gives it all.
    const exportPanel = await openExport(studio)
    await expect(exportPanel).toContainText(/The preview shows the first [\d,]+ of [\d,]+ lines/, {
      timeout: 60_000,
    })
    const download = page.waitForEvent('download')
    await exportPanel.getByRole('button', { name: 'Download' }).click()
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { paths: object }
    expect(Object.keys(exported.paths).length).toBeGreaterThan(200)
    expect(workers.some((u) => /openApiExport\.worker/.test(u))).toBe(true)
  })

  test('a big API (over 400 resources) is checked in the validation worker, and its problems show', async ({
    studio,
    page,
  }) => {
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    await studio.open()
    // 450 resources, each with a GET that has no integration (a warning on every one).
    const paths: Record<string, unknown> = {}
    for (let i = 0; i < 450; i++) paths[`/r${i}`] = { get: { responses: { '200': { description: 'OK' } } } }
    const panel = await openImport(studio)
    await paste(panel, JSON.stringify({ openapi: '3.0.1', info: { title: 'Wide', version: '1' }, paths }))
    await panel.getByRole('button', { name: 'Check' }).click()
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toContainText('Imported Wide')
    await panel.getByRole('button', { name: 'Done' }).click()
    await expect(studio.explorer.getByRole('treeitem', { name: /^\/r0, \d+ problems$/ })).toBeVisible({
      timeout: 30_000,
    })
    expect(workers.some((u) => /validateProject\.worker/.test(u))).toBe(true)
  })

  test('Cancel stops a running import and changes nothing', async ({ studio }) => {
    await studio.open()
    const panel = await openImport(studio)
    // The slowest corpus file to import (1.4 MB of YAML, about a second), so Cancel lands in time.
    const file = corpusFile('openapi-large/openai-2025-04-29.oas30.yaml')
    await panel.getByTestId('openapi-file-input').setInputFiles({
      name: file.name,
      mimeType: 'application/yaml',
      buffer: file.buffer,
    })
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByRole('progressbar')).toBeVisible()
    await panel.getByRole('button', { name: 'Cancel' }).click()
    await expect(panel.getByRole('progressbar')).toHaveCount(0)
    await expect(panel.getByRole('button', { name: 'Check' })).toBeEnabled()
    await expect(panel.getByTestId('import-ready')).toHaveCount(0)
    await studio.expectNoApis()
  })
})

test.describe('Export OpenAPI', () => {
  test('previews, copies and downloads the chosen flavour, format and extension set', async ({
    studio,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await studio.open()
    let panel = await openImport(studio)
    await chooseFile(panel, 'openapi/awsdocs-lambda-custom-calc.swagger.json')
    await panel.getByRole('button', { name: 'Check' }).click()
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await panel.getByRole('button', { name: 'Done' }).click()

    panel = await openExport(studio)
    await expect(panel.getByLabel('API', { exact: true })).toHaveValue(/.+/)
    await panel.getByText('Swagger 2', { exact: true }).click()
    await panel.getByText('YAML', { exact: true }).click()
    await panel.getByLabel('Extensions').selectOption('apigateway')
    await expect(panel.getByTestId('export-file-name')).toHaveText('lambdacalc-swagger.yaml')
    await expect(panel.getByTestId('export-source')).toContainText('The working copy')

    // Read-only Monaco preview.
    const preview = panel.getByTestId('export-preview')
    // (Monaco renders only the visible lines; the whole text is checked through Download and Copy.)
    await expect(preview.locator('.monaco-editor .view-lines')).toContainText('swagger: "2.0"', {
      timeout: 60_000,
    })
    // Highlighted as YAML (Monaco's own YAML tokenizer, loaded with the editor): the key and
    // the string on the first line have colours of their own.
    const firstLine = preview.locator('.view-line').filter({ hasText: 'swagger: "2.0"' })
    await expect
      .poll(() =>
        firstLine
          .locator('span > span')
          .evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size),
      )
      .toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: 'test-results/screenshots/export-yaml-preview.png' })
    await preview.locator('.monaco-editor .view-lines').click()
    await page.keyboard.type('zzz')
    await expect(preview.locator('.monaco-editor .view-lines')).not.toContainText('zzz')

    const download = page.waitForEvent('download')
    await panel.getByRole('button', { name: 'Download' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('lambdacalc-swagger.yaml')
    const text = readFileSync(await file.path(), 'utf8')
    const doc = loadYaml(text) as Record<string, unknown>
    expect(doc.swagger).toBe('2.0')
    const operations = Object.values(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    ).flatMap((item) => Object.values(item))
    expect(operations.length).toBeGreaterThan(0)
    for (const op of operations)
      expect(op['x-amazon-apigateway-integration']).toMatchObject({ type: expect.any(String) })

    await panel.getByRole('button', { name: 'Copy' }).click()
    await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)

    // Without extensions: plain OpenAPI 3 JSON, and the panel names what is left out.
    await panel.getByText('OpenAPI 3', { exact: true }).click()
    await panel.getByText('JSON', { exact: true }).click()
    await panel.getByLabel('Extensions').selectOption('none')
    await expect(preview.locator('.monaco-editor .view-lines')).toContainText('"openapi": "3.0.1"')
    const plainDownload = page.waitForEvent('download')
    await panel.getByRole('button', { name: 'Download' }).click()
    const plain = JSON.parse(readFileSync(await (await plainDownload).path(), 'utf8')) as Record<
      string,
      unknown
    >
    expect(JSON.stringify(plain)).not.toContain('x-amazon-apigateway-')
    const omitted = panel.getByRole('region', { name: 'Not in this file' })
    await expect(omitted).toContainText('Integrations')
    await expect(omitted).toContainText('Nothing is lost')
  })
})

test.describe('HTTP APIs', () => {
  test('an HTTP API imports, and exports as OpenAPI 3.0 with all extensions or none', async ({
    studio,
    page,
  }) => {
    await studio.open()
    const panel = await openImport(studio)
    await chooseFile(panel, 'openapi/awsdocs-httpapi-petstore-cors.oas30.json')
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByTestId('import-ready')).toContainText(
      'Ready to create Example Pet Store (HTTP API)',
    )
    await expect(panel.getByTestId('import-ready')).toContainText('routes')
    // HTTP API import's "info" findings (valid OpenAPI that HTTP APIs ignore) are listed too.
    await expect(findings(panel).locator('li[data-severity="info"]').first()).toBeVisible()
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toContainText('HTTP API')
    await panel.getByRole('button', { name: 'Done' }).click()

    const exportPanel = await openExport(studio)
    await expect(exportPanel.getByLabel('API', { exact: true })).toContainText('Example Pet Store (HTTP API)')
    await expect(exportPanel.getByRole('radio', { name: 'Swagger 2' })).toBeDisabled()
    await expect(exportPanel.getByLabel('Extensions').locator('option')).toHaveText([
      'None (plain OpenAPI)',
      'All API Gateway extensions',
    ])
    const download = page.waitForEvent('download')
    await exportPanel.getByRole('button', { name: 'Download' }).click()
    const doc = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Record<string, unknown>
    expect(doc.openapi).toBe('3.0.1')
    expect(Object.keys(doc.paths as object)).toEqual(expect.arrayContaining(['/pets', '/pets/{petId}']))
    expect(doc['x-amazon-apigateway-cors']).toBeDefined()
  })
})
