import { join } from 'node:path'
import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'

const URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations'

test('request validators and authorizers: create, check, pick on a method, undo', async ({
  page,
  studio,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const d = new DesignerPage(page)
  await studio.open()
  await studio.createRestApi()
  await expect(d.node('/')).toBeVisible()

  // A request validator that checks the body only.
  await d.explorer.getByRole('button', { name: /^Request validators/ }).click()
  await expect(d.inspector.getByRole('heading', { name: 'Request validators', exact: true })).toBeVisible()
  await d.inspector.getByLabel('New validator name').fill('Body only')
  await d.inspector.getByLabel(/^Validate query string parameters and headers/).uncheck()
  await d.inspector.getByRole('button', { name: 'Create request validator' }).click()
  await expect(d.inspector.getByRole('button', { name: /^Body only\s*Body$/ })).toBeVisible()
  await expect(d.inspector.getByLabel('Name', { exact: true })).toHaveValue('Body only')

  // A TOKEN authorizer; a TTL over 3600 is refused under the field and changes nothing.
  await d.explorer.getByRole('button', { name: /^Authorizers/ }).click()
  await d.inspector.getByLabel('New authorizer name').fill('TokenAuth')
  await d.inspector.getByLabel("New authorizer's URI (authorizerUri)").fill(URI)
  await d.inspector.getByRole('button', { name: 'Create authorizer' }).click()
  const heading = d.inspector.getByRole('heading', { name: 'TokenAuth', exact: true })
  await expect(heading).toBeVisible()
  const editor = d.inspector
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'TokenAuth', exact: true }) })
  const ttl = editor.getByLabel(/^Authorizer result TTL/)
  await expect(ttl).toHaveValue('300')
  await ttl.fill('4000')
  await expect(editor.getByText('Enter a value between 0 and 3600 seconds.')).toBeVisible()
  await ttl.fill('60')
  await expect(d.inspector.getByText('Enter a value between 0 and 3600 seconds.')).toHaveCount(0)
  // The identity source of a TOKEN authorizer must be one header: the command's own message.
  const source = editor.getByLabel('Identity source (identitySource)', { exact: true })
  await source.fill('method.request.querystring.token')
  await expect(editor.getByText(/A TOKEN authorizer reads one header/)).toBeVisible()
  await source.fill('method.request.header.Authorization')
  await page.screenshot({ path: join('test-results', 'screenshots', 'authorizer-form.png') })

  // A resource with a path parameter and a GET method.
  await d.contextMenu('/', 'Create resource')
  await d.inspector.getByLabel('Resource name').fill('{petId}')
  await d.inspector.getByRole('button', { name: 'Create resource' }).click()
  await expect(d.node('/{petId}')).toBeVisible()
  await d.node('/{petId}').click()
  await page.keyboard.press('m')
  await d.inspector.getByLabel('Method type').selectOption('GET')
  await d.inspector.getByRole('radio', { name: /Mock/ }).check()
  await d.inspector.getByRole('button', { name: 'Create method' }).click()
  await d.flowNode('methodRequest').click()
  await expect(d.inspector.getByRole('heading', { name: 'Method request', exact: true })).toBeVisible()

  // The path parameter, read-only.
  const paths = d.inspector.getByRole('table', { name: 'Request path parameters' })
  await expect(paths).toContainText('petId')
  await expect(paths).toContainText('method.request.path.petId')
  await expect(paths.getByRole('textbox')).toHaveCount(0)

  // Pick both on the method, then undo each.
  const auth = d.inspector.getByLabel('Authorization', { exact: true })
  const validator = d.inspector.getByLabel('Request validator', { exact: true })
  await auth.selectOption({ label: 'TokenAuth (Lambda TOKEN)' })
  await validator.selectOption({ label: 'Body only' })
  await expect(auth).toHaveValue(/^authorizer:/)
  await expect(validator).not.toHaveValue('')
  await d.undo()
  await expect(validator).toHaveValue('')
  await expect(auth).toHaveValue(/^authorizer:/)
  await d.undo()
  await expect(auth).toHaveValue('NONE')

  // The authorizer is still there (its creation is further back in the history).
  await d.explorer.getByRole('button', { name: /^Authorizers/ }).click()
  await expect(d.inspector.getByRole('button', { name: /^TokenAuth/ })).toBeVisible()
})
