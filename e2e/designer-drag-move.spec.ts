import { DesignerPage, screenshotPath } from './designer.page'
import { expect, test } from './support/fixtures'

test('drag a resource onto another to move it: target highlighted, AWS rules checked, undoable', async ({
  page,
  studio,
}) => {
  const d = new DesignerPage(page)
  await d.startWithNewApi(studio)
  await d.createResource('/', 'pets')
  await d.createResource('/', 'users')
  await d.createResource('/pets', '{petId}')
  await d.createResource('/users', '{userId}')
  await d.canvas.getByRole('button', { name: /fit view/i }).click()

  // {userId} over /pets: red, with AWS's reason (/pets already has a variable child); dropping changes nothing.
  await d.dragResource('/users/{userId}', '/pets', false)
  const pets = d.node('/pets')
  await expect(pets).toHaveAttribute('data-drop', 'invalid')
  await expect(pets.getByRole('status')).toContainText(
    'already has a variable path part -- only one is allowed',
  )
  await page.screenshot({ path: screenshotPath('canvas-drag-move-refused.png') })
  await page.mouse.up()
  await expect(page.getByRole('alert').filter({ hasText: 'Move resource:' })).toContainText(
    'only one is allowed',
  )
  await expect(d.node('/users/{userId}')).toBeVisible()
  await expect(pets).not.toHaveAttribute('data-drop')

  // /users over /pets: green; dropping moves it with its subtree.
  await d.dragResource('/users', '/pets', false)
  await expect(pets).toHaveAttribute('data-drop', 'valid')
  await expect(pets.getByRole('status')).toHaveText('Move under /pets')
  await page.screenshot({ path: screenshotPath('canvas-drag-move.png') })
  await page.mouse.up()
  await expect(d.node('/pets/users')).toBeVisible()
  await expect(d.node('/pets/users/{userId}')).toBeVisible()
  await expect(d.node('/users')).toHaveCount(0)
  await expect(d.tree.getByRole('treeitem', { name: '/pets/users', exact: true })).toBeVisible()

  // One undo step puts it back; redo moves it again.
  await d.undo()
  await expect(d.node('/users')).toBeVisible()
  await expect(d.node('/users/{userId}')).toBeVisible()
  await expect(d.node('/pets/users')).toHaveCount(0)
  await d.redo()
  await expect(d.node('/pets/users')).toBeVisible()
})
