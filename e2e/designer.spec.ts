import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'

test.describe('designer', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  test('build an API on the canvas, edit a template with live markers and preview, deploy, undo and redo', async ({
    page,
    studio,
  }) => {
    const d = new DesignerPage(page)
    await studio.open()
    await studio.createRestApi()
    await expect(d.node('/')).toBeVisible()

    // A resource, from the canvas context menu; the name is checked as it is typed.
    await d.contextMenu('/', 'Create resource')
    const name = d.inspector.getByLabel('Resource name')
    await name.fill('pets!')
    await expect(d.inspector).toContainText("Resource's path part only allow a-zA-Z0-9._-")
    await name.fill('pets')
    await d.inspector.getByRole('button', { name: 'Create resource' }).click()
    await expect(d.node('/pets')).toBeVisible()

    // A method with a MOCK integration, from the keyboard on the canvas (M).
    await d.node('/pets').click()
    await page.keyboard.press('m')
    await expect(d.inspector.getByRole('heading', { name: 'Create method', exact: true })).toBeVisible()
    await d.inspector.getByLabel('Method type').selectOption('GET')
    await d.inspector.getByRole('radio', { name: /Mock/ }).check()
    await d.inspector.getByRole('button', { name: 'Create method' }).click()

    // Its flow: Method request → Integration request → Mock → Default response → 200.
    await expect(page.getByTestId('method-flow')).toBeVisible()
    for (const id of [
      'client',
      'methodRequest',
      'integrationRequest',
      'integration',
      'ir:default',
      'mr:200',
      'gatewayResponses',
    ]) {
      await expect(d.flowNode(id)).toBeVisible()
    }
    await expect(d.flowNode('integration')).toContainText('Mock')

    // A response template on the default integration response.
    await d.flowNode('ir:default').click()
    await expect(
      d.inspector.getByRole('heading', { name: 'Integration response', exact: true }),
    ).toBeVisible()
    await d.inspector.getByRole('button', { name: 'Add mapping template' }).click()
    await d.inspector.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(d.dock).toBeVisible()
    const template = d.dock.getByRole('region', { name: 'Response template editor' })

    // A syntax error: the real parser's marker appears on the line.
    await d.typeInEditor(template, '{"pet": "$input.params(\'petId\')"}\n#foreach($x in [1..3]) $x')
    await expect(d.dock.getByTestId('template-status')).toHaveText(/1 error/)
    await expect(template.locator('.squiggly-error')).toHaveCount(1)
    await expect(d.dock.getByTestId('preview-error')).toContainText(
      '500 {"message": "Internal server error"}',
    )

    // Fixed: the marker goes and the preview renders with the real engine.
    await page.keyboard.type(' #end')
    await expect(d.dock.getByTestId('template-status')).toHaveText('No errors')
    await expect(template.locator('.squiggly-error')).toHaveCount(0)
    await expect(d.dock.getByTestId('template-preview')).toHaveText('{"pet": ""}\n 1 2 3')

    // Editing the sample request updates the preview as well.
    const sample = d.dock.getByRole('region', { name: 'Sample request' })
    await sample.getByRole('tab', { name: 'Parameters' }).click()
    await d.typeInEditor(sample, '{"path": {"petId": "42"}, "querystring": {}, "header": {}}', true)
    await expect(d.dock.getByTestId('template-preview')).toHaveText('{"pet": "42"}\n 1 2 3')

    // Deploy to a new stage with a description.
    await d.explorer.getByRole('button', { name: /^Stages/ }).click()
    await d.inspector.getByLabel('Stage name').fill('dev')
    await d.inspector.getByLabel('Deployment description').fill('First pets API')
    await d.inspector.getByRole('button', { name: 'Deploy', exact: true }).click()
    await expect(d.inspector.getByRole('status')).toContainText('Deployed to dev')
    await expect(d.inspector).toContainText('up to date')

    // Undo walks back across the steps: the deployment, the template, the method, the resource.
    await d.undo()
    await expect(d.inspector).not.toContainText('up to date')
    await expect(d.explorer.getByRole('button', { name: /^Stages/ })).toContainText('0')
    await d.explorer.getByRole('button', { name: /^Stages/ }).click()
    const petsItem = d.tree.getByRole('treeitem', { name: '/pets', exact: true })
    for (let i = 0; i < 10 && (await petsItem.count()) > 0; i++) await d.undo()
    await expect(petsItem).toHaveCount(0)
    await expect(d.node('/pets')).toHaveCount(0)
    await expect(d.node('/')).toBeVisible()

    // Redo brings everything back, the deployed stage included.
    for (let i = 0; i < 12; i++) {
      const redo = page.getByRole('banner').getByRole('button', { name: /^Redo/ })
      if (await redo.isDisabled()) break
      await d.redo()
    }
    await expect(d.explorer.getByRole('button', { name: /^Stages/ })).toContainText('1')
    await petsItem.click()
    await expect(d.node('/pets')).toBeVisible()
    await expect(d.node('/pets')).toContainText('GET')
    await d.tree.getByRole('treeitem', { name: 'GET /pets', exact: true }).dblclick()
    await d.flowNode('ir:default').click()
    await d.inspector.getByRole('button', { name: 'Edit response template application/json' }).click()
    await expect(d.dock.getByTestId('template-preview')).toContainText('1 2 3')
  })

  test('search jumps to a path and unfolds it; folding hides a subtree; delete asks first and undo restores', async ({
    page,
    studio,
  }) => {
    const d = new DesignerPage(page)
    await studio.open()
    await studio.createRestApi()
    for (const [parent, part] of [
      ['/', 'orders'],
      ['/orders', '{orderId}'],
      ['/orders/{orderId}', 'items'],
    ] as const) {
      await d.contextMenu(parent, 'Create resource')
      await d.inspector.getByLabel('Resource name').fill(part)
      await d.inspector.getByLabel('Resource name').press('Enter')
      await expect(d.node(`${parent === '/' ? '' : parent}/${part}`)).toBeVisible()
    }
    // A second {param} beside {orderId} breaks AWS's rule, and says so.
    await d.contextMenu('/orders', 'Create resource')
    await d.inspector.getByLabel('Resource name').fill('{id}')
    await expect(d.inspector).toContainText('only one is allowed')

    // Fold /orders: its subtree leaves the canvas; the node says how much is hidden.
    await d.node('/orders').getByRole('button', { name: 'Collapse /orders' }).click()
    await expect(d.node('/orders/{orderId}')).toHaveCount(0)
    await expect(d.node('/orders')).toContainText('+2')

    // Search for a path inside the folded subtree: it unfolds and selects it.
    const search = page.getByRole('combobox', { name: 'Go to resource path' })
    await search.fill('items')
    await expect(page.getByRole('option', { name: '/orders/{orderId}/items' })).toBeVisible()
    await search.press('Enter')
    await expect(d.node('/orders/{orderId}/items')).toBeVisible()
    await expect(d.inspector.getByRole('heading', { name: 'Resource', exact: true })).toBeVisible()
    await expect(d.inspector).toContainText('/orders/{orderId}/items')

    // Delete from the keyboard asks for confirmation; undo brings the subtree back.
    await (await d.show('/orders')).click()
    await page.keyboard.press('Delete')
    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toContainText('the 2 resources below it')
    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect(d.node('/orders')).toHaveCount(0)
    await d.undo()
    await expect(d.node('/orders')).toBeVisible()
  })
})
