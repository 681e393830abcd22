import { randomBytes } from 'node:crypto'
import { inflateSync } from 'node:zlib'
import type { Browser, Locator, Page } from '@playwright/test'
import { DesignerPage, screenshotPath } from './designer.page'
import { expect, type PageProblems, test, watchProblems } from './support/fixtures'
import { StudioPage } from './support/StudioPage'

const TEMPLATE = `{"shared": "$input.params('name')"}`

/** A fresh browser (new context: its own, empty storage) with the studio page object and problem watch. */
async function freshStudio(
  browser: Browser,
): Promise<{ page: Page; studio: StudioPage; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  return { page, studio: new StudioPage(page), problems: watchProblems(page) }
}

/** Waits for the panel's opening animation, so a screenshot shows it as a person sees it. */
async function settled(panel: Locator): Promise<void> {
  await panel.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)))
}

/** Opens "Share link…" from the project menu and returns the panel once the link is made. */
async function openSharePanel(studio: StudioPage) {
  await studio.chooseProjectMenuItem('Share link…')
  const panel = studio.page.getByRole('dialog', { name: 'Share link' })
  await expect(panel.getByRole('textbox', { name: 'Link' })).toHaveValue(/#share=1\./)
  return panel
}

test.describe('share a project by link', () => {
  test('make a link from the project menu, open it in a fresh browser, and again where the project already is', async ({
    page,
    studio,
    browser,
  }) => {
    // Build a small project: an API, a resource, a method and a mapping template.
    const d = new DesignerPage(page)
    await d.startWithNewApi(studio)
    await studio.renameProject('Pet store')
    await d.createResource('/', 'pets')
    await d.contextMenu('/pets', 'Create method')
    await d.inspector.getByRole('button', { name: 'Create method' }).click()
    await d.flowNode('integrationRequest').click()
    await d.inspector.getByRole('button', { name: 'Edit request template application/json' }).click()
    await d.setEditorText(d.dock.getByRole('region', { name: 'Request template editor' }), TEMPLATE)
    await studio.expectSaved()

    // Share link…: the link, selected in a read-only field, its size and what travels with it.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const panel = await openSharePanel(studio)
    const field = panel.getByRole('textbox', { name: 'Link' })
    await expect(field).toHaveAttribute('readonly', '')
    await expect(field).toBeFocused()
    const link = await field.inputValue()
    expect(link).toMatch(/^http:\/\/localhost:\d+\/#share=1\.[A-Za-z0-9_-]+$/)
    expect(
      await field.evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        el.value.length,
      ]),
    ).toEqual([0, link.length, link.length])
    await expect(panel.getByTestId('share-link-size')).toHaveText(
      new RegExp(`^${link.length.toLocaleString('en-US')} characters · project file \\d+\\.\\d kB$`),
    )
    await expect(panel).toContainText('The whole project travels inside the link, after the “#”')
    await expect(panel).toContainText('anyone who has the link can open the project')
    await expect(panel.getByRole('alert')).toHaveCount(0)
    await settled(panel)
    await page.screenshot({ path: screenshotPath('share-link-panel.png') })
    await panel.getByRole('button', { name: 'Copy link' }).click()
    await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    // The link holds the project file itself (zlib-compressed, base64url), readable without the studio.
    const shared = JSON.parse(
      inflateSync(Buffer.from(link.split('#share=1.')[1]!, 'base64url')).toString('utf8'),
    )
    expect(shared).toMatchObject({ schemaVersion: 1, name: 'Pet store' })
    expect(JSON.stringify(shared)).toContain(JSON.stringify(TEMPLATE))
    const originalId: string = shared.id

    // A fresh browser opens the link: it asks first, while the studio and its emulator start as usual.
    const fresh = await freshStudio(browser)
    await fresh.page.goto(link)
    const question = fresh.page.getByRole('alertdialog', { name: 'Open the shared project “Pet store”?' })
    await expect(question).toBeVisible()
    await expect(question).toContainText('It holds 1 REST API (2 resources).')
    await expect(question).toContainText('It opens as a new project beside your own')
    await fresh.studio.waitUntilReady()
    await expect(fresh.page.locator('html')).toHaveAttribute('data-msw', 'ready')
    await fresh.page.screenshot({ path: screenshotPath('share-open-question.png') })
    // the question is open from the studio's first render: focus starts on its answer
    await expect(question.getByRole('button', { name: 'Open project' })).toBeFocused()
    await question.getByRole('button', { name: 'Open project' }).click()
    await expect(question).toBeHidden()

    // The project arrived whole, under a new id, and the link left the address bar.
    await expect(fresh.studio.projectName).toHaveText('Pet store')
    expect(new URL(fresh.page.url()).hash).toBe('')
    await fresh.studio.expectApi('My API')
    const fd = new DesignerPage(fresh.page)
    await expect(fd.tree.getByRole('treeitem', { name: 'GET /pets', exact: true })).toBeVisible()
    await fd.tree.getByRole('treeitem', { name: 'GET /pets', exact: true }).dblclick()
    await fd.flowNode('integrationRequest').click()
    await fd.inspector.getByRole('button', { name: 'Edit request template application/json' }).click()
    await expect(fd.dock.getByRole('region', { name: 'Request template editor' })).toContainText(
      `"$input.params('name')"`,
    )
    await fresh.studio.expectSaved()
    // the empty project a fresh browser starts with gave way to the shared one
    const menu = await fresh.studio.openProjectMenu()
    await expect(menu.getByRole('menuitemradio')).toHaveText([/^Pet store/])
    await fresh.page.keyboard.press('Escape')
    // A reload does not ask again.
    await fresh.page.reload()
    await fresh.studio.waitUntilReady()
    await expect(fresh.studio.projectName).toHaveText('Pet store')
    await expect(fresh.page.getByRole('alertdialog')).toHaveCount(0)
    expect(fresh.problems.list).toEqual([])
    await fresh.page.context().close()

    // Cancel in another fresh browser: nothing is added.
    const declined = await freshStudio(browser)
    await declined.page.goto(link)
    const asked = declined.page.getByRole('alertdialog', { name: /^Open the shared project/ })
    await asked.getByRole('button', { name: 'Cancel' }).click()
    await expect(asked).toBeHidden()
    await expect(declined.studio.projectName).toHaveText('Untitled project')
    expect(new URL(declined.page.url()).hash).toBe('')
    await expect((await declined.studio.openProjectMenu()).getByRole('menuitemradio')).toHaveCount(1)
    expect(declined.problems.list).toEqual([])
    await declined.page.context().close()

    // The link pasted into the studio that made it (same id stored here): a copy, the original untouched.
    await page.goto(link)
    const again = page.getByRole('alertdialog', { name: 'Open the shared project “Pet store”?' })
    await again.getByRole('button', { name: 'Open project' }).click()
    await expect(again).toBeHidden()
    expect(new URL(page.url()).hash).toBe('')
    const both = await studio.openProjectMenu()
    await expect(both.getByRole('menuitemradio', { name: /^Pet store/ })).toHaveCount(2)
    await page.keyboard.press('Escape')
    await studio.expectSaved()
    const ids = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('gatewright')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const req = open.result.transaction('projects').objectStore('projects').getAllKeys()
            req.onsuccess = () => resolve((req.result as string[]).filter((k) => k.startsWith('project:')))
            req.onerror = () => reject(req.error)
          }
        }),
    )
    expect(ids).toHaveLength(2)
    expect(ids).toContain(`project:${originalId}`)
    // The original is as it was.
    expect(await studio.storedProject(originalId)).toEqual(shared)
  })

  test('a damaged or cut link says what is wrong and changes nothing', async ({ page, studio, browser }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await studio.open()
    await studio.renameProject('Payments')
    await studio.createRestApi()
    const panel = await openSharePanel(studio)
    const link = await panel.getByRole('textbox', { name: 'Link' }).inputValue()

    // Cut short, as a chat tool would.
    const fresh = await freshStudio(browser)
    await fresh.page.goto(link.slice(0, link.length - 25))
    const error = fresh.page.getByRole('alert').filter({ hasText: 'The shared project could not be opened.' })
    await expect(error).toContainText('The link is incomplete:')
    await expect(error).toContainText('ask for the whole link, or for the project file. Nothing was changed.')
    await fresh.studio.waitUntilReady()
    await expect(fresh.studio.projectName).toHaveText('Untitled project')
    await fresh.studio.expectNoApis()
    expect(new URL(fresh.page.url()).hash).toBe('')
    await expect(fresh.page.getByRole('alertdialog')).toHaveCount(0)
    await fresh.page.screenshot({ path: screenshotPath('share-damaged-link.png') })

    // One character changed on the way: the checksum refuses it.
    const at = Math.floor(link.length * 0.7)
    const changed = `${link.slice(0, at)}${link[at] === 'x' ? 'y' : 'x'}${link.slice(at + 1)}`
    await fresh.page.goto(changed)
    await expect(error).toContainText('The link is damaged:')
    await expect(error).toContainText('Nothing was changed.')

    // A link format from a newer studio.
    await fresh.page.goto(link.replace('#share=1.', '#share=2.'))
    await expect(error).toContainText('The link was made by a newer Gatewright (share link format 2)')
    await error.getByRole('button', { name: 'Dismiss' }).click()
    await expect(error).toBeHidden()
    await expect((await fresh.studio.openProjectMenu()).getByRole('menuitemradio')).toHaveCount(1)
    expect(fresh.problems.list).toEqual([])
    await fresh.page.context().close()
  })

  test('a long link warns and offers the project file; a project too big for a link gets none', async ({
    page,
    studio,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await studio.open()
    // A function whose code is random text: it barely compresses, so the link grows with it.
    const projectFile = (name: string, codeLength: number) =>
      JSON.stringify({
        schemaVersion: 1,
        id: `id-${name}`,
        name,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        settings: { region: 'us-east-1', accountId: '123456789012' },
        restApis: [],
        httpApis: [],
        stages: [],
        deployments: [],
        usagePlans: [],
        apiKeys: [],
        functions: [
          {
            name: 'blob',
            runtime: 'nodejs20.x',
            handler: 'index.handler',
            code: `// ${randomBytes(codeLength).toString('base64').slice(0, codeLength)}`,
            environment: {},
            timeout: 3,
            memorySize: 128,
          },
        ],
        domainNames: [],
      })
    const importProject = async (name: string, codeLength: number) => {
      const chooser = page.waitForEvent('filechooser')
      await studio.chooseProjectMenuItem('Import project file…')
      await (await chooser).setFiles({
        name: `${name}.gatewright.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(projectFile(name, codeLength)),
      })
      await expect(studio.projectName).toHaveText(name)
    }

    await importProject('Long', 45_000)
    const panel = await openSharePanel(studio)
    const warning = panel.getByRole('alert')
    await expect(warning).toContainText('This link is long.')
    await expect(warning).toContainText('Links over 32,768 characters get cut')
    const link = await panel.getByRole('textbox', { name: 'Link' }).inputValue()
    expect(link.length).toBeGreaterThan(32_768)
    await expect(panel.getByRole('button', { name: 'Copy link' })).toBeEnabled()
    await settled(panel)
    await page.screenshot({ path: screenshotPath('share-long-link.png') })
    const download = page.waitForEvent('download')
    await warning.getByRole('button', { name: 'Export project file' }).click()
    expect((await download).suggestedFilename()).toBe('Long.gatewright.json')
    await panel.getByRole('button', { name: 'Close Share link' }).click()

    await importProject('Huge', 2_200_000)
    await studio.chooseProjectMenuItem('Share link…')
    const huge = page.getByRole('dialog', { name: 'Share link' })
    await expect(huge.getByRole('alert')).toContainText('No link: this project is too big for one.')
    await expect(huge.getByRole('alert')).toContainText('Chromium refuses links over 2,097,152 characters')
    await expect(huge.getByRole('textbox', { name: 'Link' })).toHaveCount(0)
    await expect(huge.getByRole('button', { name: 'Copy link' })).toBeDisabled()
    await settled(huge)
    await page.screenshot({ path: screenshotPath('share-too-big.png') })
  })
  test("the header's Share button opens the same link panel, and closes it", async ({ page, studio }) => {
    await studio.open()
    await studio.renameProject('Header share')
    const share = studio.header.getByRole('button', { name: 'Share', exact: true })
    await share.click()
    const panel = page.getByRole('dialog', { name: 'Share link' })
    const link = panel.getByRole('textbox', { name: 'Link' })
    await expect(link).toHaveValue(/#share=1\./)
    await expect(share).toHaveAttribute('aria-expanded', 'true')
    // the link carries this project: it decodes to the project's name in a fresh browser below
    const href = await link.inputValue()
    await settled(panel)
    await page.screenshot({ path: screenshotPath('share-header-button.png') })
    await share.click()
    await expect(panel).toBeHidden()
    const fresh = await page.context().browser()!.newContext()
    const other = await fresh.newPage()
    await other.goto(href)
    await expect(
      other.getByRole('alertdialog', { name: 'Open the shared project “Header share”?' }),
    ).toBeVisible()
    await fresh.close()
  })
})
