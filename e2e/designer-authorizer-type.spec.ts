import { DesignerPage, screenshotPath } from './designer.page'
import { expect, test } from './support/fixtures'

const URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations'
const ROLE = 'arn:aws:iam::123456789012:role/apigInvokeRole'
const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc'

test('an authorizer: invoke role checked as typed, type changed TOKEN → Cognito → REQUEST, undo', async ({
  page,
  studio,
}) => {
  const d = new DesignerPage(page)
  await d.startWithNewApi(studio, { width: 1440, height: 1000 })

  // A REQUEST authorizer with caching on (TTL 300 by default) needs an identity source.
  await d.explorer.getByRole('button', { name: /^Authorizers/ }).click()
  await d.inspector.getByLabel('New authorizer name').fill('Req')
  await d.inspector.getByLabel('New authorizer type').selectOption('REQUEST')
  await d.inspector.getByLabel("New authorizer's URI (authorizerUri)").fill(URI)
  await d.inspector.getByRole('button', { name: 'Create authorizer' }).click()
  await expect(d.inspector.getByText(/needs an identity source while caching is on/)).toBeVisible()
  await d.inspector.getByLabel('New authorizer type').selectOption('TOKEN')

  // A TOKEN authorizer with a Lambda URI.
  await d.inspector.getByLabel('New authorizer name').fill('Auth')
  await d.inspector.getByLabel("New authorizer's URI (authorizerUri)").fill(URI)
  await d.inspector.getByRole('button', { name: 'Create authorizer' }).click()
  const editor = d.authorizerEditor('Auth')
  await expect(editor).toBeVisible()

  // The invoke role: an IAM user ARN is refused as typed, a role ARN is kept.
  const role = editor.getByLabel('Lambda invoke role (authorizerCredentials)')
  await role.fill('arn:aws:iam::123456789012:user/bob')
  await expect(editor.getByText(/ends in :role\/\{name\}/)).toBeVisible()
  await role.fill(ROLE)
  await expect(editor.getByText(/ends in :role\/\{name\}/)).toHaveCount(0)

  // A method that uses the authorizer.
  await d.contextMenu('/', 'Create method')
  await d.inspector.getByLabel('Method type').selectOption('GET')
  await d.inspector.getByRole('radio', { name: /Mock/ }).check()
  await d.inspector.getByRole('button', { name: 'Create method' }).click()
  await d.flowNode('methodRequest').click()
  await d.inspector
    .getByLabel('Authorization', { exact: true })
    .selectOption({ label: 'Auth (Lambda TOKEN)' })
  await expect(d.inspector.getByLabel('Authorization', { exact: true })).toHaveValue(/^authorizer:/)

  // Change the type to Cognito: it asks for a pool ARN before it can be applied.
  await d.explorer.getByRole('button', { name: /^Authorizers/ }).click()
  await d.inspector.getByRole('button', { name: /^Auth\s/ }).click()
  await editor.getByLabel('Authorizer type', { exact: true }).selectOption('COGNITO_USER_POOLS')
  const change = editor.getByRole('group', { name: /^Change to Cognito/ })
  await expect(change).toBeVisible()
  await expect(change.getByLabel('Token source for the new type (identitySource)')).toHaveValue(
    'method.request.header.Authorization',
  )
  await expect(change.getByRole('status', { name: 'Still needed' })).toContainText(
    'At least one Cognito user pool ARN (providerARNs).',
  )
  await expect(change).toContainText('the Lambda function URI and the Lambda invoke role: it will be removed')
  await expect(change).toContainText(
    'The method using it (GET /) will use authorization type COGNITO_USER_POOLS',
  )
  const apply = change.getByRole('button', { name: 'Change type to COGNITO_USER_POOLS' })
  await expect(apply).toBeDisabled()
  await apply.scrollIntoViewIfNeeded()
  await page.screenshot({ path: screenshotPath('authorizer-type-still-needed.png') })
  await change.getByLabel('Cognito user pool ARNs for the new type (providerARNs)').fill(POOL)
  await expect(change.getByRole('status', { name: 'Still needed' })).toHaveCount(0)
  await change.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: screenshotPath('authorizer-type-change.png') })
  await apply.click()

  // Now a Cognito authorizer: pool ARNs shown, no URI or role; the method follows.
  await expect(editor.getByText('Type: COGNITO_USER_POOLS')).toBeVisible()
  await expect(editor.getByLabel('Cognito user pool ARNs (providerARNs)')).toHaveValue(POOL)
  await expect(editor.getByLabel('Lambda invoke role (authorizerCredentials)')).toHaveCount(0)
  await expect(d.inspector.getByRole('button', { name: /^Auth\s*Cognito user pools/ })).toBeVisible()

  // Cognito → REQUEST: needs a Lambda function again; with caching on, an identity source too.
  await editor.getByLabel('Authorizer type', { exact: true }).selectOption('REQUEST')
  const toRequest = editor.getByRole('group', { name: /^Change to Lambda, REQUEST/ })
  const needed = toRequest.getByRole('status', { name: 'Still needed' })
  await expect(needed).toContainText('A Lambda function: choose one, or enter its invocation URI')
  await toRequest.getByLabel('Identity sources for the new type (identitySource)').fill('')
  await expect(needed).toContainText('REQUEST authorizers need one while authorization caching is on')
  await toRequest.getByLabel('Authorizer URI for the new type (authorizerUri)').fill(URI)
  await toRequest.getByLabel('Lambda invoke role for the new type (authorizerCredentials)').fill('role')
  await expect(toRequest.getByText(/^Enter the IAM role ARN/)).toBeVisible()
  await toRequest.getByLabel('Lambda invoke role for the new type (authorizerCredentials)').fill(ROLE)
  await toRequest
    .getByLabel('Identity sources for the new type (identitySource)')
    .fill('method.request.header.Auth, method.request.querystring.token')
  await expect(needed).toHaveCount(0)
  await toRequest.getByRole('button', { name: 'Change type to REQUEST' }).click()
  await expect(editor.getByText('Type: REQUEST')).toBeVisible()
  await expect(editor.getByLabel('Lambda invoke role (authorizerCredentials)')).toHaveValue(ROLE)
  await expect(editor.getByLabel('Identity source (identitySource)', { exact: true })).toHaveValue(
    'method.request.header.Auth, method.request.querystring.token',
  )

  // Each change is one undo step: back to Cognito, then back to TOKEN with the role it had.
  await d.undo()
  await expect(editor.getByText('Type: COGNITO_USER_POOLS')).toBeVisible()
  await d.undo()
  await expect(editor.getByText('Type: TOKEN')).toBeVisible()
  await expect(editor.getByLabel('Lambda invoke role (authorizerCredentials)')).toHaveValue(ROLE)
  await d.redo()
  await expect(editor.getByText('Type: COGNITO_USER_POOLS')).toBeVisible()

  // The method's authorization followed the Cognito type (its flow is still in the centre).
  await d.flowNode('methodRequest').click()
  await expect(d.inspector.getByLabel('Authorization', { exact: true })).toHaveValue(/^authorizer:/)
  await expect(d.inspector.getByLabel('Authorization', { exact: true }).locator('option:checked')).toHaveText(
    /Auth \(Cognito/,
  )
})
