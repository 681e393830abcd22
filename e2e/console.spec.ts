import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { corpusPath } from '../src/testing/builders'
import { expect, test } from './support/fixtures'
import type { StudioPage } from './support/StudioPage'

// Written to $GW_SCREENSHOTS (e.g. docs/screenshots) when set, else to test-results/screenshots.
const screenshotDir = process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots')

/**
 * The test console, driven as a person would: a corpus OpenAPI file with MOCK integrations and
 * VTL templates (LocalStack's circular-model request-validator API: POST /person, a request
 * validator, and a response template echoing `$input.json('$')`) is imported with the studio's
 * Import dialog, deployed from the console, and called.
 */
const CORPUS_FILE = 'openapi/localstack-circular-ref-validator.oas30.json'

/** The console dock as a person sees it. */
class ConsolePage {
  readonly dock: Locator
  readonly response: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.dock = page.getByRole('region', { name: 'Console' })
    this.response = this.dock.getByTestId('response-summary')
    this.history = this.dock.getByRole('region', { name: 'History' })
  }

  /** Imports the corpus file through the header's Import dialog (the real file picker). */
  async importCorpusApi(studio: StudioPage): Promise<void> {
    await studio.header.getByRole('button', { name: 'Import', exact: true }).click()
    const panel = this.page.getByRole('dialog', { name: 'Import OpenAPI' })
    const chooser = this.page.waitForEvent('filechooser')
    await panel.getByRole('button', { name: /^Choose (another )?file…$/ }).click()
    await (await chooser).setFiles({
      name: 'localstack-circular-ref-validator.oas30.json',
      mimeType: 'application/json',
      buffer: readFileSync(corpusPath(CORPUS_FILE)),
    })
    await panel.getByRole('button', { name: 'Check' }).click()
    await expect(panel.getByTestId('import-ready')).toContainText('Ready to create Circular model reference')
    await panel.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(panel.getByTestId('import-done')).toContainText('Imported Circular model reference')
    await panel.getByRole('button', { name: 'Done' }).click()
    await expect(panel).toBeHidden()
  }

  async makeTall(): Promise<void> {
    const taller = this.dock.getByRole('button', { name: 'Make the console taller' })
    if (await taller.isVisible()) await taller.click()
  }

  async deploy(): Promise<void> {
    await this.dock.getByRole('button', { name: /^Deploy to / }).click()
    await expect(this.dock.getByRole('button', { name: /^Deploy to / })).toHaveCount(0)
  }

  async send(): Promise<void> {
    await this.dock.getByRole('button', { name: 'Send', exact: true }).click()
  }

  responseTab(name: string): Locator {
    return this.dock
      .getByRole('tablist', { name: 'Response' })
      .getByRole('tab', { name: new RegExp(`^${name}`) })
  }

  requestTab(name: string): Locator {
    return this.dock
      .getByRole('tablist', { name: 'Request' })
      .getByRole('tab', { name: new RegExp(`^${name}`) })
  }

  async typeBody(text: string): Promise<void> {
    await this.requestTab('Body').click()
    const editor = this.dock.locator('.monaco-editor').first()
    await expect(editor).toBeVisible({ timeout: 30_000 })
    await editor.click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('Delete')
    await this.page.keyboard.insertText(text)
  }

  async showHistory(): Promise<void> {
    if (!(await this.history.isVisible())) await this.dock.getByRole('button', { name: /^History/ }).click()
    await expect(this.history).toBeVisible()
  }

  /** A stage of the trace timeline, by the pipeline's stage name (`integration-request`, …). */
  step(stage: string): Locator {
    return this.dock.getByRole('list', { name: 'Pipeline stages' }).locator(`li[data-stage="${stage}"]`)
  }
}

/** `Wed Mar 05 06:43:16 UTC 2025 : ` — Java's Date.toString() in UTC, as AWS stamps each line. */
const LOG_LINE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : /

async function openConsoleWithCorpusApi(page: Page, studio: StudioPage): Promise<ConsolePage> {
  const console = new ConsolePage(page)
  await studio.open()
  await console.importCorpusApi(studio)
  // Room for the console: hide the inspector and make the dock taller, as a person testing would.
  await studio.header.getByRole('button', { name: 'Hide inspector' }).click()
  await console.makeTall()
  await console.deploy()
  await expect(console.dock.getByLabel('Resource and method')).toHaveValue(/ POST$/)
  return console
}

test.describe('test console', () => {
  // Each test imports, deploys and loads Monaco on a machine shared with other test runs.
  test.describe.configure({ timeout: 120_000 })
  test.use({ viewport: { width: 1600, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] })

  test('sends a request through the service worker and shows response, trace, AWS log and code', async ({
    page,
    studio,
  }) => {
    const console = await openConsoleWithCorpusApi(page, studio)
    const invokeUrl = (await console.dock.getByTestId('invoke-url').textContent()) ?? ''
    expect(invokeUrl).toMatch(/^https:\/\/[a-z0-9]+\.execute-api\.us-east-1\.amazonaws\.com\/dev$/)
    await expect(console.dock.getByLabel('Request URL')).toHaveValue(`${invokeUrl}/person`)

    await console.typeBody('{"name":"Rex","b":3}')
    const fromWorker = page.waitForResponse((r) => r.url() === `${invokeUrl}/person`)
    await page.keyboard.press('ControlOrMeta+Enter')
    const response = await fromWorker
    expect(response.fromServiceWorker()).toBe(true)
    expect(response.request().method()).toBe('POST')
    expect(response.request().postData()).toBe('{"name":"Rex","b":3}')

    // Response: status, time, size, pretty body from the response template.
    await expect(console.response.getByTestId('status-chip')).toHaveText('200 OK')
    await expect(console.response).toContainText(/\d+(\.\d+)? m?s/)
    await expect(console.response).toContainText('34 B')
    const body = console.dock.getByTestId('response-body')
    await expect(body).toHaveAttribute('data-kind', 'json')
    await expect(body).toHaveText('{\n  "echo": {},\n  "response": "mocked"\n}')
    await console.dock.getByRole('button', { name: 'Raw', exact: true }).click()
    await expect(body).toHaveText('{"echo": {}, "response": "mocked"}')

    // Headers: AWS's, with those a page script could not read marked.
    await console.responseTab('Headers').click()
    const headers = console.dock.getByRole('table').filter({ hasText: 'x-amzn-RequestId' })
    await expect(headers.getByRole('row', { name: /^x-amzn-RequestId/ })).toContainText('hidden by CORS')
    await expect(headers.getByRole('row', { name: /^Content-Type/ })).toHaveText(
      'Content-Typeapplication/json',
    )

    // Trace: every stage, with the request validator, both templates and the matched response.
    await console.responseTab('Trace').click()
    await expect(console.step('method-request')).toContainText('Request validator "basic" passed.')
    await expect(console.step('integration')).toContainText(
      'MOCK: the request template asked for status 200.',
    )
    const integrationResponse = console.step('integration-response')
    await integrationResponse.getByRole('button').first().click()
    await expect(integrationResponse).toContainText('Matched integration response')
    await expect(integrationResponse).toContainText('default')
    await expect(integrationResponse).toContainText(`{"echo": $input.json('$'), "response": "mocked"}`)
    await expect(integrationResponse).toContainText('{"echo": {}, "response": "mocked"}')
    await expect(console.step('gateway-response')).toHaveCount(0)

    // The success screenshot: the timeline with the matched integration response open.
    await page.screenshot({ path: join(screenshotDir, 'console-success.png') })

    const integrationRequest = console.step('integration-request')
    await expect(integrationRequest).toContainText('Rendered the application/json request template.')
    await integrationRequest.getByRole('button').first().click()
    await expect(integrationRequest).toContainText('Mapping template')
    await expect(integrationRequest).toContainText('Endpoint request body after transformations')
    await expect(integrationRequest.getByText('{"statusCode": 200}')).toHaveCount(2)
    await expect(integrationRequest).not.toContainText('Endpoint request URI')

    // Log: AWS's test-invoke text, copied byte for byte.
    await console.responseTab('Log').click()
    const log = (await console.dock.getByTestId('execution-log').textContent()) ?? ''
    const lines = log.split('\n')
    expect(lines[0]).toMatch(/^Execution log for request [0-9a-f-]{36}$/)
    expect(lines.at(-1)).toBe('')
    for (const line of lines.slice(1, -1)) expect(line).toMatch(LOG_LINE)
    const texts = lines.slice(1, -1).map((l) => l.replace(LOG_LINE, ''))
    expect(texts[0]).toBe(
      `Starting execution for request: ${lines[0]!.slice('Execution log for request '.length)}`,
    )
    expect(texts).toContain('HTTP Method: POST, Resource Path: /person')
    expect(texts).toContain('Method request body before transformations: {"name":"Rex","b":3}')
    expect(texts).toContain('Request validation succeeded for content type application/json')
    expect(texts).toContain('Method response body after transformations: {"echo": {}, "response": "mocked"}')
    expect(texts.slice(-2)).toEqual(['Successfully completed execution', 'Method completed with status: 200'])
    await console.dock.getByRole('button', { name: 'Copy as AWS log' }).click()
    await expect(console.dock.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(log)

    // Code: curl with every value filled in.
    await console.responseTab('Code').click()
    await expect(console.dock.getByTestId('request-code')).toHaveText(
      [
        'curl \\',
        '  -X POST \\',
        `  ${invokeUrl}/person \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  --data-raw '{"name":"Rex","b":3}'`,
      ].join('\n'),
    )
    await console.dock.getByRole('radiogroup', { name: 'Language' }).getByText('HTTPie').click()
    await expect(console.dock.getByRole('radio', { name: 'HTTPie' })).toBeChecked()
    await expect(console.dock.getByTestId('request-code')).toHaveText(
      `http --raw '{"name":"Rex","b":3}' POST ${invokeUrl}/person Content-Type:application/json`,
    )
  })

  test('an invalid body is answered by the BAD_REQUEST_BODY gateway response, shown in the trace and log', async ({
    page,
    studio,
    problems,
  }) => {
    const console = await openConsoleWithCorpusApi(page, studio)
    await console.typeBody('{"name": 7}')
    // The 400 and 403 below are the point of this test (Chromium also logs them as console errors).
    problems.ignore(/^HTTP 40[03]: (POST|GET) https:\/\/[a-z0-9]+\.execute-api\./)
    problems.ignore(/^console error: Failed to load resource: the server responded with a status of 40[03]/)
    await console.send()
    await expect(console.response.getByTestId('status-chip')).toHaveText('400 Bad Request')
    await expect(console.response).toContainText('Gateway response BAD_REQUEST_BODY')
    await expect(console.dock.getByTestId('response-body')).toHaveText(/"message": "Invalid request body"/)

    await console.responseTab('Trace').click()
    const validation = console.step('method-request')
    await expect(validation).toHaveAttribute('data-failed', 'true')
    await expect(validation).toContainText('Invalid request body for model')
    const gateway = console.step('gateway-response')
    await expect(gateway).toHaveAttribute('data-failed', 'true')
    await expect(gateway).toContainText('Gateway response BAD_REQUEST_BODY → 400.')
    // Failed steps are open: the validation errors and the chosen gateway response are visible.
    await expect(validation).toContainText('Validation errors')
    await expect(gateway).toContainText('Gateway response type')
    await expect(gateway).toContainText('BAD_REQUEST_BODY')
    await expect(console.step('integration-request')).toHaveCount(0)

    await page.screenshot({ path: join(screenshotDir, 'console-error.png') })

    // Every step links to the method's flow in the designer.
    await validation.getByRole('button', { name: 'Show in method flow' }).click()
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('/person')

    await console.responseTab('Log').click()
    const log = (await console.dock.getByTestId('execution-log').textContent()) ?? ''
    const texts = log
      .split('\n')
      .slice(1, -1)
      .map((l) => l.replace(LOG_LINE, ''))
    expect(texts.at(-2)).toMatch(
      /^Request body does not match model schema for content type application\/json: \[.+\]$/,
    )
    expect(texts.at(-1)).toBe('Method completed with status: 400')
    expect(texts).not.toContain('Successfully completed execution')

    // A path no resource matches: MISSING_AUTHENTICATION_TOKEN before any method runs.
    const url = console.dock.getByLabel('Request URL')
    await url.fill(`${(await url.inputValue()).replace(/\/person$/, '')}/nothing-here`)
    await console.dock.getByLabel('HTTP method').selectOption('GET')
    await url.press('Enter')
    await expect(console.response.getByTestId('status-chip')).toHaveText('403 Forbidden')
    await expect(console.response).toContainText('Gateway response MISSING_AUTHENTICATION_TOKEN')
    await console.responseTab('Body').click()
    await expect(console.dock.getByTestId('response-body')).toHaveText(
      /"message": "Missing Authentication Token"/,
    )
    await console.responseTab('Log').click()
    await expect(console.dock).toContainText(
      'ended before it reached a method (MISSING_AUTHENTICATION_TOKEN)',
    )
    await expect(console.dock.getByTestId('execution-log')).toHaveText(
      /^Execution log for request [0-9a-f-]{36}\n$/,
    )
    await expect(console.dock.getByTestId('execution-log')).not.toContainText('Starting execution')
  })

  test('a fetch from the page’s own script reaches the same emulator and shows up in history, which persists', async ({
    page,
    studio,
  }) => {
    const console = await openConsoleWithCorpusApi(page, studio)
    await console.showHistory()
    await console.typeBody('{"name":"Rex","b":3}')
    await console.send()
    await expect(console.response.getByTestId('status-chip')).toHaveText('200 OK')

    const invokeUrl = (await console.dock.getByTestId('invoke-url').textContent()) ?? ''
    const status = await page.evaluate(
      (url) =>
        fetch(`${url}/person`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"name":"Tom","b":1}',
        }).then((r) => r.status),
      invokeUrl,
    )
    expect(status).toBe(200)
    const items = console.history.getByRole('listitem')
    await expect(items).toHaveCount(2)
    const fromPage = items.first()
    await expect(fromPage).toContainText('POST')
    await expect(fromPage).toContainText('/dev/person')
    await expect(fromPage).toContainText('200')
    await expect(fromPage).toContainText('page')
    await fromPage.getByRole('button', { name: /^POST \/dev\/person/ }).click()
    await expect(console.response).toContainText('from a page script')
    await console.responseTab('Log').click()
    await expect(console.dock.getByTestId('execution-log')).toContainText(
      'Method request body before transformations: {"name":"Tom","b":1}',
    )

    // Re-send the console's request from history, then compare it with the page's.
    await items.nth(1).hover()
    await items
      .nth(1)
      .getByRole('button', { name: /^Send again/ })
      .click()
    await expect(items).toHaveCount(3)
    await items.nth(0).getByRole('checkbox').check()
    await items.nth(1).getByRole('checkbox').check()
    await console.history.getByRole('button', { name: 'Compare' }).click()
    const compare = console.dock.getByTestId('compare-view')
    await expect(compare).toBeVisible()
    await expect(compare.getByRole('region', { name: 'Body' })).toContainText('identical')
    await compare.getByRole('button', { name: 'Close comparison' }).click()

    // History is kept per project in IndexedDB.
    await studio.expectSaved()
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('gatewright')
              open.onsuccess = () => {
                const db = open.result
                const store = db.transaction('projects').objectStore('projects')
                const keys = store.getAllKeys()
                keys.onsuccess = () => {
                  const key = keys.result.find((k) => String(k).startsWith('console-history:'))
                  if (key === undefined) {
                    resolve(0)
                    db.close()
                    return
                  }
                  const doc = store.get(key)
                  doc.onsuccess = () => {
                    resolve((doc.result as { entries: unknown[] }).entries.length)
                    db.close()
                  }
                }
              }
            }),
        ),
      )
      .toBe(3)
    await page.reload()
    await studio.waitUntilReady()
    await console.showHistory()
    await expect(console.history.getByRole('listitem')).toHaveCount(3)
    await expect(console.response.getByTestId('status-chip')).toHaveText('200 OK')
  })
})

test.describe('requests from page scripts', () => {
  test.describe.configure({ timeout: 120_000 })
  test.use({ viewport: { width: 1600, height: 1000 } })

  /** The AWS log text of the entry shown. */
  async function logText(console: ConsolePage): Promise<string> {
    await console.responseTab('Log').click()
    return (await console.dock.getByTestId('execution-log').textContent()) ?? ''
  }

  test('keep their headers and body: the Code tab shows them, Send again repeats them, Compare lines them up', async ({
    page,
    studio,
  }) => {
    const console = await openConsoleWithCorpusApi(page, studio)
    await console.showHistory()
    const invokeUrl = (await console.dock.getByTestId('invoke-url').textContent()) ?? ''
    const status = await page.evaluate(
      (url) =>
        fetch(`${url}/person`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Client': 'e2e-script' },
          body: '{"name":"Tom","b":1}',
        }).then((r) => r.status),
      invokeUrl,
    )
    expect(status).toBe(200)
    const items = console.history.getByRole('listitem')
    await expect(items).toHaveCount(1)
    await items
      .first()
      .getByRole('button', { name: /^POST \/dev\/person/ })
      .click()
    await expect(console.response).toContainText('from a page script')

    // The request as the script sent it: its headers (not the browser's own) and its body.
    await console.responseTab('Code').click()
    const code = console.dock.getByTestId('request-code')
    await expect(code).toContainText(`-H 'x-client: e2e-script'`)
    await expect(code).toContainText(`-H 'content-type: application/json'`)
    await expect(code).toContainText(`--data-raw '{"name":"Tom","b":1}'`)
    await expect(code).not.toContainText(/origin|sec-fetch|referer|host:/i)
    await expect(console.dock).not.toContainText('only its method and URL are known')
    await page.screenshot({ path: join(screenshotDir, 'console-page-request-code.png') })

    // Send again: the same headers and body go out, from the console this time.
    const resent = page.waitForRequest(
      (r) => r.url().startsWith(`${invokeUrl}/person`) && r.method() === 'POST',
    )
    await items.first().hover()
    await items
      .first()
      .getByRole('button', { name: /^Send again/ })
      .click()
    const request = await resent
    expect(request.postData()).toBe('{"name":"Tom","b":1}')
    expect(await request.headerValue('x-client')).toBe('e2e-script')
    await expect(items).toHaveCount(2)
    await expect(console.response).not.toContainText('from a page script')
    expect(await logText(console)).toContain(
      'Method request body before transformations: {"name":"Tom","b":1}',
    )

    // Compare the page's request with its re-send: same request, same response.
    await items.nth(0).getByRole('checkbox').check()
    await items.nth(1).getByRole('checkbox').check()
    await console.history.getByRole('button', { name: 'Compare' }).click()
    const compare = console.dock.getByTestId('compare-view')
    await expect(compare.getByRole('region', { name: 'Request', exact: true })).toContainText('identical')
    await expect(compare.getByRole('region', { name: 'Body' })).toContainText('identical')
    await page.screenshot({ path: join(screenshotDir, 'console-page-request-compare.png') })
  })

  test('the same request sent by the console and a page script at once: each gets its own trace', async ({
    page,
    studio,
  }) => {
    const console = await openConsoleWithCorpusApi(page, studio)
    await console.showHistory()
    const invokeUrl = (await console.dock.getByTestId('invoke-url').textContent()) ?? ''
    await console.typeBody('{"name":"from-console","b":1}')
    // Any history row saying "page" while the console's own request is under way would be its
    // trace taken for a page script's.
    await page.evaluate(() => {
      const w = window as unknown as { pageRows: number }
      w.pageRows = 0
      new MutationObserver(() => {
        const rows = document.querySelectorAll('[aria-label="History"] li')
        for (const row of rows)
          if ([...row.querySelectorAll('span')].some((span) => span.textContent === 'page')) w.pageRows++
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await console.send()
    await expect(console.response.getByTestId('status-chip')).toHaveText('200 OK')
    expect(await page.evaluate(() => (window as unknown as { pageRows: number }).pageRows)).toBe(0)

    const items = console.history.getByRole('listitem')
    for (let round = 1; round <= 3; round++) {
      // The page's fetch starts first, the console's Send in the same moment: the same method
      // and URL in flight together (the bodies differ only so the log shows whose trace is whose).
      await page.evaluate((url) => {
        const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send')
        const fromPage = fetch(`${url}/person`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"name":"from-page","b":2}',
        })
        send?.click()
        return fromPage.then((r) => r.status)
      }, invokeUrl)
      await expect(items).toHaveCount(1 + round * 2)
      await expect(console.dock.getByRole('status')).toHaveCount(0)
      const pageBadge = page.getByText('page', { exact: true })
      await expect(items.filter({ has: pageBadge })).toHaveCount(round)
      // Newest first: this round's request from the console, then this round's from the page.
      await items
        .filter({ hasNot: pageBadge })
        .first()
        .getByRole('button', { name: /^POST \/dev\/person/ })
        .click()
      expect(await logText(console)).toContain(
        'Method request body before transformations: {"name":"from-console","b":1}',
      )
      await items
        .filter({ has: pageBadge })
        .first()
        .getByRole('button', { name: /^POST \/dev\/person/ })
        .click()
      expect(await logText(console)).toContain(
        'Method request body before transformations: {"name":"from-page","b":2}',
      )
    }
    await page.screenshot({ path: join(screenshotDir, 'console-concurrent-requests.png') })
  })
})
