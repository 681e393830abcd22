import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'

test.describe('designer list view', () => {
  test('the resource tree works from the keyboard alone', async ({ page, studio }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    const d = new DesignerPage(page)
    await studio.open()
    await studio.createRestApi()
    const tree = d.tree
    await expect(tree).toBeVisible()

    // Focus the tree and create a child of / with N; the form takes the name, Enter creates it.
    await tree.getByRole('treeitem', { name: '/', exact: true }).focus()
    await page.keyboard.press('n')
    await expect(d.inspector.getByRole('heading', { name: 'Create resource', exact: true })).toBeVisible()
    await page.keyboard.type('users')
    await page.keyboard.press('Enter')
    await expect(tree.getByRole('treeitem', { name: '/users', exact: true })).toBeVisible()

    // Back in the tree: Down moves to /users, N again creates {userId} under it.
    await tree.getByRole('treeitem', { name: '/', exact: true }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(tree.getByRole('treeitem', { name: '/users', exact: true })).toBeFocused()
    await expect(tree.getByRole('treeitem', { name: '/users', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await page.keyboard.press('n')
    await page.keyboard.type('{userId}')
    await page.keyboard.press('Enter')
    await expect(tree.getByRole('treeitem', { name: '/users/{userId}', exact: true })).toBeVisible()

    // M on {userId}: the create-method form; pick GET and MOCK with the keyboard, Enter creates it.
    await tree.getByRole('treeitem', { name: '/users/{userId}', exact: true }).focus()
    await page.keyboard.press('m')
    const methodType = d.inspector.getByLabel('Method type')
    await methodType.focus()
    await methodType.selectOption('GET')
    await d.inspector.getByRole('radio', { name: /Mock/ }).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Enter')
    await expect(tree.getByRole('treeitem', { name: 'GET /users/{userId}', exact: true })).toBeVisible()

    // Left folds /users (its items leave the tree), Right unfolds it again.
    const users = tree.getByRole('treeitem', { name: '/users', exact: true })
    await users.focus()
    await expect(users).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowLeft')
    await expect(users).toHaveAttribute('aria-expanded', 'false')
    await expect(tree.getByRole('treeitem', { name: '/users/{userId}', exact: true })).toHaveCount(0)
    await page.keyboard.press('ArrowRight')
    await expect(users).toHaveAttribute('aria-expanded', 'true')

    // End goes to the method; Enter opens its flow; the canvas shows the same selection.
    await page.keyboard.press('End')
    const get = tree.getByRole('treeitem', { name: 'GET /users/{userId}', exact: true })
    await expect(get).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('method-flow')).toBeVisible()
    await expect(d.inspector.getByRole('heading', { name: 'Method request', exact: true })).toBeVisible()

    // Left from the method goes to its resource; F2 renames it in the inspector.
    await get.focus()
    await page.keyboard.press('ArrowLeft')
    const userId = tree.getByRole('treeitem', { name: '/users/{userId}', exact: true })
    await expect(userId).toBeFocused()
    await page.keyboard.press('F2')
    const name = d.inspector.getByLabel('Resource name')
    await expect(name).toBeFocused()
    await name.fill('{id}')
    await expect(tree.getByRole('treeitem', { name: '/users/{id}', exact: true })).toBeVisible()

    // Delete asks first; Escape keeps the resource, Enter on Delete removes it; Ctrl+Z restores it.
    const renamed = tree.getByRole('treeitem', { name: '/users/{id}', exact: true })
    await renamed.focus()
    await page.keyboard.press('Delete')
    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(renamed).toBeVisible()
    await renamed.focus()
    await page.keyboard.press('Delete')
    await dialog.getByRole('button', { name: 'Delete' }).focus()
    await page.keyboard.press('Enter')
    await expect(renamed).toHaveCount(0)
    await users.focus()
    await page.keyboard.press('ControlOrMeta+z')
    await expect(tree.getByRole('treeitem', { name: '/users/{id}', exact: true })).toBeVisible()

    // Typing a letter jumps to the next row that starts with it.
    await tree.getByRole('treeitem', { name: '/', exact: true }).focus()
    await page.keyboard.press('u')
    await expect(users).toBeFocused()
  })
})
