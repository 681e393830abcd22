import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import type { StudioPage } from './support/StudioPage'

/** Where designer specs write screenshots: $GW_SCREENSHOTS when set, else test-results/screenshots. */
export function screenshotPath(name: string): string {
  return join(process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots'), name)
}

/** The designer as a person uses it (page object for e2e/designer*.spec.ts): canvas, method flow, inspector, template dock, list view. */
export class DesignerPage {
  readonly canvas: Locator
  readonly inspector: Locator
  readonly explorer: Locator
  readonly dock: Locator
  readonly tree: Locator

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('resource-canvas')
    this.inspector = page.locator('#gw-inspector')
    this.explorer = page.locator('#gw-explorer')
    this.dock = page.getByTestId('template-dock')
    this.tree = page.getByRole('tree', { name: /^Resources of/ })
  }

  /** Opens the studio at this window size with a new REST API ("My API") selected. */
  async startWithNewApi(studio: StudioPage, size = { width: 1440, height: 900 }): Promise<void> {
    await this.page.setViewportSize(size)
    await studio.open()
    await studio.createRestApi()
    await expect(this.node('/')).toBeVisible()
  }

  node(path: string): Locator {
    return this.page.locator(`.react-flow__node [data-path="${path}"]`)
  }

  flowNode(id: string): Locator {
    return this.page.getByTestId(`flow-${id}`)
  }

  /** The inspector's section of one authorizer (its fields, type change and delete button). */
  authorizerEditor(name: string): Locator {
    return this.inspector
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) })
      .last()
  }

  /** The inspector's section of one gateway response type (status, headers, templates). */
  gatewayResponseEditor(type: string): Locator {
    return this.inspector
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name: type, exact: true }) })
      .last()
  }

  /** Makes sure a resource is on screen, fitting the view (the canvas's fit-view control) if it is not. */
  async show(path: string): Promise<Locator> {
    const node = this.node(path)
    await expect(node).toBeAttached()
    const [box, area] = await Promise.all([node.boundingBox(), this.canvas.boundingBox()])
    const inside =
      box &&
      area &&
      box.x >= area.x &&
      box.y >= area.y &&
      box.x + box.width <= area.x + area.width &&
      box.y + box.height <= area.y + area.height
    if (!inside) {
      await this.canvas.getByRole('button', { name: /fit view/i }).click()
      await this.page.waitForTimeout(250)
    }
    return node
  }

  /** Right-clicks a resource on the canvas and picks a context-menu entry. */
  async contextMenu(path: string, item: string | RegExp): Promise<void> {
    await (await this.show(path)).click({ button: 'right' })
    await this.page.getByRole('menu').getByRole('menuitem', { name: item }).click()
  }

  /** Creates a resource under `parentPath` from the canvas context menu, and waits for its node. */
  async createResource(parentPath: string, pathPart: string): Promise<void> {
    await this.contextMenu(parentPath, 'Create resource')
    await this.inspector.getByLabel('Resource name').fill(pathPart)
    await this.inspector.getByRole('button', { name: 'Create resource' }).click()
    await expect(this.node(`${parentPath === '/' ? '' : parentPath}/${pathPart}`)).toBeVisible()
  }

  /**
   * Drags the resource at `path` with the mouse, step by step, until the pointer is over the
   * centre of `ontoPath`'s node; `drop` false leaves the mouse button down (to look at the target).
   */
  async dragResource(path: string, ontoPath: string, drop = true): Promise<void> {
    const from = await (await this.show(path)).boundingBox()
    const to = await this.node(ontoPath).boundingBox()
    if (!from || !to) throw new Error(`${path} or ${ontoPath} is not on screen`)
    // Grab the node by its path line (not a method badge or the fold button).
    await this.page.mouse.move(from.x + 40, from.y + from.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 12 })
    if (drop) await this.page.mouse.up()
  }

  /** Types into the Monaco editor inside `scope` (replacing its text when `replace`). */
  async typeInEditor(scope: Locator, text: string, replace = false): Promise<void> {
    const editor = scope.locator('.monaco-editor').first()
    await expect(editor).toBeVisible({ timeout: 30_000 })
    await editor.locator('.view-lines').click()
    if (replace) {
      await this.page.keyboard.press('ControlOrMeta+A')
      await this.page.keyboard.press('Delete')
    }
    await this.page.keyboard.type(text, { delay: 5 })
  }

  /** Replaces the text of the Monaco editor inside `scope` as a paste would (no auto-closing brackets). */
  async setEditorText(scope: Locator, text: string): Promise<void> {
    const editor = scope.locator('.monaco-editor').first()
    await expect(editor).toBeVisible({ timeout: 30_000 })
    await editor.locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('Delete')
    await this.page.keyboard.insertText(text)
  }

  async undo(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click()
  }

  async redo(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: /^Redo/ }).click()
  }
}
