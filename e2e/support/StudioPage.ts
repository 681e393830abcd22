import { expect, type Locator, type Page } from '@playwright/test'

/** The studio as a person sees it: named regions and the things they click. */
export class StudioPage {
  readonly header: Locator
  readonly projectName: Locator
  readonly saveStatus: Locator
  readonly inspector: Locator
  readonly explorer: Locator
  readonly dock: Locator
  readonly canvas: Locator

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner')
    this.projectName = page.getByTestId('project-name')
    this.saveStatus = page.locator('[data-save-state]')
    // The shell's regions, whichever feature fills them.
    this.inspector = page.locator('#gw-inspector')
    this.explorer = page.locator('#gw-explorer')
    this.dock = page.locator('#gw-dock')
    this.canvas = page.locator('#gw-canvas')
  }

  /** Opens the studio and waits until it shows a project and the emulator has started. */
  async open(): Promise<void> {
    await this.page.goto('/')
    await this.waitUntilReady()
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.projectName).toBeVisible()
    await expect(this.page.locator('html')).toHaveAttribute('data-msw', /ready|failed/)
  }

  /** Waits until autosave reports the project saved. */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-state', 'saved')
  }

  projectMenu(): Locator {
    return this.page.getByRole('menu', { name: 'Project' })
  }

  async openProjectMenu(): Promise<Locator> {
    await this.header.getByRole('button', { name: /^Project: / }).click()
    const menu = this.projectMenu()
    await expect(menu).toBeVisible()
    return menu
  }

  async chooseProjectMenuItem(name: string | RegExp): Promise<void> {
    const menu = await this.openProjectMenu()
    await menu.getByRole('menuitem', { name, exact: true }).click()
  }

  async switchToProject(name: string): Promise<void> {
    const menu = await this.openProjectMenu()
    await menu.getByRole('menuitemradio', { name: new RegExp(`^${escapeRegExp(name)}`) }).click()
    await expect(this.projectName).toHaveText(name)
  }

  async newProject(): Promise<void> {
    await this.chooseProjectMenuItem('New project')
  }

  /** Renames the open project through the header's inline editor. */
  async renameProject(name: string): Promise<void> {
    await this.chooseProjectMenuItem('Rename…')
    const input = this.header.getByRole('textbox', { name: 'Project name' })
    await input.fill(name)
    await input.press('Enter')
    await expect(this.projectName).toHaveText(name)
  }

  /** Creates a REST API from the explorer (the first one is named "My API"). */
  async createRestApi(): Promise<void> {
    await this.explorer.getByRole('button', { name: 'Create REST API' }).first().click()
    await this.expectApi('My API')
  }

  /** The explorer shows an API with this name. */
  async expectApi(name: string): Promise<void> {
    await expect(this.explorer).toContainText(name)
  }

  /** The explorer says the project has no API. */
  async expectNoApis(): Promise<void> {
    await expect(this.explorer).toContainText('No APIs yet')
  }

  /** A field of the project settings (shown in the inspector when no API is selected, and under API settings). */
  inspectorField(label: string): Locator {
    return this.inspector.getByRole('region', { name: 'Project settings' }).getByLabel(label, { exact: true })
  }

  async undo(): Promise<void> {
    await this.header.getByRole('button', { name: /^Undo/ }).click()
  }

  async redo(): Promise<void> {
    await this.header.getByRole('button', { name: /^Redo/ }).click()
  }

  /** Reads the open project as stored in IndexedDB, straight from the database. */
  async storedProject(id: string): Promise<Record<string, unknown> | undefined> {
    return this.page.evaluate(
      (projectId) =>
        new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
          const open = indexedDB.open('gatewright')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const req = db.transaction('projects').objectStore('projects').get(`project:${projectId}`)
            req.onsuccess = () => {
              resolve(req.result as Record<string, unknown> | undefined)
              db.close()
            }
            req.onerror = () => reject(req.error)
          }
        }),
      id,
    )
  }

  /** The open project's id, from the project settings. */
  async projectId(): Promise<string> {
    return (
      (await this.inspector
        .getByRole('region', { name: 'Project settings' })
        .locator('dd code')
        .textContent()) ?? ''
    )
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
