import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DesignerPage } from './designer.page'
import { expect, test } from './support/fixtures'

// Screenshots of the designer (designer-*.png), light and dark. Written to $GW_SCREENSHOTS
// (e.g. docs/screenshots) when set, else to test-results/screenshots.
const outDir = process.env.GW_SCREENSHOTS ?? join('test-results', 'screenshots')

const lambda = (name: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${name}/invocations`

/** A pet shop API with every kind of integration, written as a person would import it. */
const petShop = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Pet shop', version: '1.0' },
  components: {
    schemas: {
      NewPet: {
        type: 'object',
        required: ['name', 'type'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 64 },
          type: { type: 'string', enum: ['dog', 'cat', 'fish'] },
          tags: { type: 'array', items: { type: 'string' } },
          price: { type: 'number', minimum: 0 },
        },
      },
    },
  },
  paths: {
    '/pets': {
      get: {
        parameters: [{ name: 'type', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' }, '400': { description: 'bad' } },
        'x-amazon-apigateway-integration': {
          type: 'http',
          httpMethod: 'GET',
          uri: 'https://petstore.example.com/pets',
          requestParameters: { 'integration.request.querystring.type': 'method.request.querystring.type' },
          responses: { default: { statusCode: '200' }, '4\\d{2}': { statusCode: '400' } },
        },
      },
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } },
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: lambda('createPet'),
        },
      },
    },
    '/pets/{petId}': {
      get: {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' }, '404': { description: 'missing' } },
        'x-amazon-apigateway-integration': {
          type: 'mock',
          requestTemplates: {
            'application/json':
              '#if($input.params(\'petId\') == "0")\n{"statusCode": 404}\n#else\n{"statusCode": 200}\n#end',
          },
          responses: {
            default: {
              statusCode: '200',
              responseTemplates: {
                'application/json':
                  '#set($id = $input.params(\'petId\'))\n{\n  "id": "$id",\n  "name": "Pet $id",\n  "requestId": "$context.requestId",\n  "stage": "$context.stage"\n}',
              },
            },
            '404': {
              statusCode: '404',
              responseTemplates: { 'application/json': '{"message": "No such pet"}' },
            },
          },
        },
      },
      delete: {
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'http_proxy',
          httpMethod: 'DELETE',
          uri: 'https://petstore.example.com/pets/{petId}',
          requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
        },
      },
    },
    '/pets/{petId}/photos': {
      put: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws',
          httpMethod: 'PUT',
          uri: 'arn:aws:apigateway:us-east-1:s3:path/pet-photos/{key}',
          responses: { default: { statusCode: '200' } },
        },
      },
    },
    '/orders': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: lambda('listOrders'),
        },
      },
    },
    '/orders/{orderId}': {
      get: {
        parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'aws',
          httpMethod: 'POST',
          uri: lambda('getOrder'),
          requestTemplates: { 'application/json': '{"orderId": "$input.params(\'orderId\')"}' },
          responses: { default: { statusCode: '200' }, 'Not found.*': { statusCode: '200' } },
        },
      },
    },
    '/health': {
      get: {
        responses: { '200': { description: 'ok' } },
        'x-amazon-apigateway-integration': {
          type: 'mock',
          requestTemplates: { 'application/json': '{"statusCode": 200}' },
          responses: { default: { statusCode: '200' } },
        },
      },
    },
    '/{proxy+}': {
      'x-amazon-apigateway-any-method': {
        parameters: [{ name: 'proxy', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {},
        'x-amazon-apigateway-integration': {
          type: 'http_proxy',
          httpMethod: 'ANY',
          uri: 'https://legacy.example.com/{proxy}',
          requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
        },
      },
    },
  },
})

async function importPetShop(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click()
  const panel = page.getByRole('dialog', { name: 'Import OpenAPI' })
  await panel.getByText('Paste text', { exact: true }).click()
  await panel.getByRole('textbox', { name: 'OpenAPI document' }).fill(petShop)
  await panel.getByRole('button', { name: 'Check' }).click()
  await expect(panel.getByTestId('import-ready')).toBeVisible({ timeout: 60_000 })
  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await panel.getByRole('button', { name: 'Done' }).click()
  await expect(panel).toHaveCount(0)
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(outDir, name) })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1440, height: 900 } })

    test(`designer screenshots in ${colorScheme} mode`, async ({ page, studio }) => {
      test.setTimeout(180_000)
      mkdirSync(outDir, { recursive: true })
      const d = new DesignerPage(page)
      await studio.open()
      await importPetShop(page)
      // The console dock gives the canvas room when hidden (Ctrl+J).
      await page.keyboard.press('ControlOrMeta+j')
      await expect(d.node('/pets/{petId}')).toBeVisible()
      await d.node('/pets/{petId}').click()
      await page.locator('.react-flow__controls-fitview').click()
      await shot(page, `designer-canvas-${colorScheme}.png`)

      await d.canvas.getByRole('button', { name: 'Legend' }).click()
      await d.node('/orders').click({ button: 'right' })
      await shot(page, `designer-context-menu-${colorScheme}.png`)
      await page.keyboard.press('Escape')
      await d.canvas.getByRole('button', { name: 'Legend' }).click()

      await d.node('/pets/{petId}').getByRole('button', { name: /^GET/ }).dblclick()
      await expect(page.getByTestId('method-flow')).toBeVisible()
      await d.flowNode('ir:default').click()
      await shot(page, `designer-method-flow-${colorScheme}.png`)

      await d.inspector.getByRole('button', { name: 'Edit response template application/json' }).click()
      await expect(d.dock.getByTestId('template-preview')).toContainText('"name": "Pet 1"', {
        timeout: 30_000,
      })
      await d.dock
        .getByRole('region', { name: 'Response template editor' })
        .locator('.view-line')
        .nth(3)
        .click()
      await page.keyboard.press('End')
      await page.keyboard.type(' $context.identity.')
      await expect(page.locator('.monaco-editor .suggest-widget')).toBeVisible()
      await shot(page, `designer-template-editor-${colorScheme}.png`)
      await page.keyboard.press('Escape')
      await page.keyboard.type('sourceIp')
      await page.keyboard.type(' #if(')
      await expect(d.dock.getByTestId('template-status')).toContainText('error')
      await shot(page, `designer-template-error-${colorScheme}.png`)

      await d.explorer.getByRole('button', { name: /^Models/ }).click()
      await d.inspector.getByRole('button', { name: /^NewPet/ }).click()
      await expect(d.dock.getByRole('region', { name: 'Model schema' })).toBeVisible()
      await shot(page, `designer-model-editor-${colorScheme}.png`)

      await d.explorer.getByRole('button', { name: /^Lambda functions/ }).click()
      await d.inspector.getByLabel('New function name').fill('createPet')
      await d.inspector.getByRole('button', { name: 'Create function' }).click()
      await d.dock.getByRole('button', { name: 'Run' }).click()
      await expect(d.dock.getByTestId('run-status')).toHaveText('Succeeded', { timeout: 20_000 })
      await shot(page, `designer-function-editor-${colorScheme}.png`)

      await d.dock.getByRole('button', { name: 'Close editor' }).click()
      await d.explorer.getByRole('button', { name: /^Stages/ }).click()
      await d.inspector.getByLabel('Deployment description').fill('First release')
      await d.inspector.getByRole('button', { name: 'Deploy', exact: true }).click()
      await expect(d.inspector.getByRole('status')).toContainText('Deployed to dev')
      // A change, deployed again: the history compares the two deployments.
      await d.tree.getByRole('treeitem', { name: 'GET /health', exact: true }).click()
      await d.inspector.getByLabel('API key required').check()
      await d.tree.getByRole('treeitem', { name: 'GET /orders', exact: true }).click()
      await d.flowNode('integration').click()
      await d.inspector.getByLabel('Timeout (milliseconds)').fill('5000')
      await d.explorer.getByRole('button', { name: /^Stages/ }).click()
      await expect(d.inspector).toContainText('2 undeployed changes')
      await shot(page, `designer-stages-${colorScheme}.png`)
      await d.inspector.getByLabel('Deployment description').fill('API keys on /health, shorter timeout')
      await d.inspector.getByRole('button', { name: 'Deploy', exact: true }).click()
      await expect(d.inspector).toContainText('up to date')
      await d.explorer.getByRole('button', { name: /^Deployments/ }).click()
      await expect(d.inspector.getByRole('list', { name: 'Differences' })).toBeVisible()
      await shot(page, `designer-deployments-${colorScheme}.png`)
    })
  })
}
