// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${1:name}` is Monaco snippet syntax, not a template literal
/**
 * What API Gateway puts in scope of a mapping template, with short documentation for
 * completion and hover. Written from AWS's "mapping template and access logging variable
 * reference" and the team's recorded facts (`shared/aws/vtl-behaviour.md`,
 * `pipeline-behaviour.md` §13), in our own words.
 */
export interface VtlMember {
  name: string
  /** `method` members take arguments: `signature` is shown and inserted as a snippet. */
  kind: 'property' | 'method' | 'object'
  signature?: string
  /** Snippet inserted on completion, e.g. `json('\$${1:.}')`. */
  insert?: string
  doc: string
  members?: VtlMember[]
}

const identity: VtlMember[] = [
  { name: 'accountId', kind: 'property', doc: 'AWS account id of the caller (IAM authorization).' },
  { name: 'apiKey', kind: 'property', doc: 'The API key the request carried, when the method requires one.' },
  { name: 'apiKeyId', kind: 'property', doc: 'Id of the API key the request carried.' },
  { name: 'caller', kind: 'property', doc: 'Principal identifier of the signed caller (IAM authorization).' },
  {
    name: 'cognitoAuthenticationProvider',
    kind: 'property',
    doc: 'Comma-separated Amazon Cognito providers that authenticated the caller.',
  },
  {
    name: 'cognitoAuthenticationType',
    kind: 'property',
    doc: '`authenticated` or `unauthenticated` (Cognito).',
  },
  { name: 'cognitoIdentityId', kind: 'property', doc: 'Amazon Cognito identity id of the caller.' },
  { name: 'cognitoIdentityPoolId', kind: 'property', doc: 'Amazon Cognito identity pool id of the caller.' },
  { name: 'principalOrgId', kind: 'property', doc: 'AWS organization id of the caller.' },
  {
    name: 'sourceIp',
    kind: 'property',
    doc: 'Source IP address of the TCP connection that made the request.',
  },
  { name: 'user', kind: 'property', doc: 'Principal identifier of the user (IAM authorization).' },
  { name: 'userAgent', kind: 'property', doc: 'The `User-Agent` header of the caller.' },
  { name: 'userArn', kind: 'property', doc: 'ARN of the effective user (IAM authorization).' },
]

const override = (what: string): VtlMember[] => [
  { name: 'header', kind: 'object', doc: `${what} headers: \`#set($context.${what}.header.Name = "v")\`.` },
]

const requestOverride: VtlMember[] = [
  {
    name: 'header',
    kind: 'object',
    doc: 'Overrides an integration request header: `#set($context.requestOverride.header.X-Id = "1")`. Overrides are final: setting one twice is an error.',
  },
  { name: 'path', kind: 'object', doc: 'Overrides an integration request path parameter.' },
  { name: 'querystring', kind: 'object', doc: 'Overrides an integration request query string parameter.' },
]

export const CONTEXT_MEMBERS: VtlMember[] = [
  { name: 'accountId', kind: 'property', doc: 'AWS account id of the API owner.' },
  { name: 'apiId', kind: 'property', doc: 'The identifier API Gateway assigns to your API.' },
  {
    name: 'authorizer',
    kind: 'object',
    doc: 'What the authorizer returned: `principalId`, `claims.*` (Cognito) and the `context` map of a Lambda authorizer. Values are strings.',
    members: [
      { name: 'principalId', kind: 'property', doc: 'Principal id returned by the Lambda authorizer.' },
      {
        name: 'claims',
        kind: 'object',
        doc: 'Claims of the Cognito user pool token: `$context.authorizer.claims.email`.',
      },
    ],
  },
  {
    name: 'awsEndpointRequestId',
    kind: 'property',
    doc: 'Request id of the AWS endpoint (AWS integrations).',
  },
  { name: 'deploymentId', kind: 'property', doc: 'Id of the deployment the stage serves.' },
  { name: 'domainName', kind: 'property', doc: 'Full domain name used to invoke the API.' },
  {
    name: 'domainPrefix',
    kind: 'property',
    doc: 'First label of the domain name (the API id on execute-api).',
  },
  {
    name: 'error',
    kind: 'object',
    doc: 'Error details, for gateway response templates.',
    members: [
      { name: 'message', kind: 'property', doc: 'The error message.' },
      { name: 'messageString', kind: 'property', doc: 'The error message as a quoted JSON string.' },
      { name: 'responseType', kind: 'property', doc: 'The gateway response type, e.g. `THROTTLED`.' },
      { name: 'validationErrorString', kind: 'property', doc: 'Detailed request validation error.' },
    ],
  },
  { name: 'extendedRequestId', kind: 'property', doc: 'Extended id API Gateway assigns to the request.' },
  { name: 'httpMethod', kind: 'property', doc: 'HTTP method of the request: `GET`, `POST`, …' },
  { name: 'identity', kind: 'object', doc: 'Who made the request.', members: identity },
  {
    name: 'isCanaryRequest',
    kind: 'property',
    doc: '`true` when the request went to the canary, else `false`.',
  },
  { name: 'path', kind: 'property', doc: 'Request path including the stage, e.g. `/prod/pets/1`.' },
  { name: 'protocol', kind: 'property', doc: 'Request protocol, e.g. `HTTP/1.1`.' },
  { name: 'requestId', kind: 'property', doc: 'Id of the request (the `x-amzn-RequestId` response header).' },
  {
    name: 'requestOverride',
    kind: 'object',
    doc: 'Overrides applied to the integration request after the template has rendered.',
    members: requestOverride,
  },
  { name: 'requestTime', kind: 'property', doc: 'CLF-formatted request time: `dd/MMM/yyyy:HH:mm:ss +0000`.' },
  { name: 'requestTimeEpoch', kind: 'property', doc: 'Request time in epoch milliseconds.' },
  { name: 'resourceId', kind: 'property', doc: 'Id of the resource that matched.' },
  { name: 'resourcePath', kind: 'property', doc: 'Path template of the resource, e.g. `/pets/{petId}`.' },
  {
    name: 'responseOverride',
    kind: 'object',
    doc: 'Overrides applied to the method response: `status` and `header.*`.',
    members: [
      {
        name: 'status',
        kind: 'property',
        doc: 'Overrides the status code: `#set($context.responseOverride.status = 400)`.',
      },
      ...override('responseOverride'),
    ],
  },
  { name: 'stage', kind: 'property', doc: 'Stage name of the request, e.g. `prod`.' },
  { name: 'wafResponseCode', kind: 'property', doc: 'Response from AWS WAF: `WAF_ALLOW` or `WAF_BLOCK`.' },
  { name: 'webaclArn', kind: 'property', doc: 'ARN of the web ACL that decided on the request.' },
]

export const INPUT_MEMBERS: VtlMember[] = [
  {
    name: 'body',
    kind: 'property',
    doc: 'The raw request body as a string. An empty body reads as `{}`.',
  },
  {
    name: 'json',
    kind: 'method',
    signature: 'json(jsonPath)',
    insert: "json('\\$${1}')",
    doc: 'Evaluates a JSONPath on the body and returns the result as JSON text, e.g. `$input.json(\'$.pets\')`. A path that matches nothing gives `""`.',
  },
  {
    name: 'params',
    kind: 'method',
    signature: 'params() / params(name)',
    insert: "params('${1:name}')",
    doc: '`params(\'name\')` returns a request parameter, looking in path, then query string, then headers; a missing one is `""`. `params()` returns the map `{path, querystring, header}`.',
  },
  {
    name: 'path',
    kind: 'method',
    signature: 'path(jsonPath)',
    insert: "path('\\$${1}')",
    doc: "Evaluates a JSONPath on the body and returns an object you can navigate: `$input.path('$.items').size()`. Objects print as `{k=v}`, lists as JSON.",
  },
]

export const UTIL_MEMBERS: VtlMember[] = [
  {
    name: 'escapeJavaScript',
    kind: 'method',
    signature: 'escapeJavaScript(string)',
    insert: 'escapeJavaScript(${1})',
    doc: 'Escapes a string with JavaScript string rules: `"` → `\\"`, newline → `\\n`, and `\'` → `\\\'` (which is not valid JSON; add `.replaceAll("\\\\\'","\'")` when writing JSON).',
  },
  {
    name: 'parseJson',
    kind: 'method',
    signature: 'parseJson(string)',
    insert: 'parseJson(${1})',
    doc: "Parses a JSON string into an object you can navigate: `$util.parseJson($input.json('$')).key`.",
  },
  {
    name: 'urlEncode',
    kind: 'method',
    signature: 'urlEncode(string)',
    insert: 'urlEncode(${1})',
    doc: 'Form-encodes a string: a space becomes `+`, `{` becomes `%7B`.',
  },
  {
    name: 'urlDecode',
    kind: 'method',
    signature: 'urlDecode(string)',
    insert: 'urlDecode(${1})',
    doc: 'Decodes a form-encoded string: `+` becomes a space.',
  },
  {
    name: 'base64Encode',
    kind: 'method',
    signature: 'base64Encode(string)',
    insert: 'base64Encode(${1})',
    doc: 'Encodes the UTF-8 bytes of a string in base64 (standard alphabet, padded).',
  },
  {
    name: 'base64Decode',
    kind: 'method',
    signature: 'base64Decode(string)',
    insert: 'base64Decode(${1})',
    doc: 'Decodes a base64 string to text.',
  },
]

/** The variables API Gateway gives every mapping template. */
export const ROOT_VARIABLES: VtlMember[] = [
  {
    name: 'input',
    kind: 'object',
    doc: 'The request (or integration response): body, JSONPath, parameters.',
    members: INPUT_MEMBERS,
  },
  {
    name: 'util',
    kind: 'object',
    doc: 'Helper functions: JSON, URL and base64 encoding.',
    members: UTIL_MEMBERS,
  },
  {
    name: 'context',
    kind: 'object',
    doc: 'Facts about the request, the caller and the stage.',
    members: CONTEXT_MEMBERS,
  },
  {
    name: 'stageVariables',
    kind: 'object',
    doc: 'The stage variables of the stage serving the request. A missing variable is `""`.',
  },
]

export interface VtlDirective {
  name: string
  snippet: string
  doc: string
}

/** Snippets for the Velocity directives templates use most. */
export const DIRECTIVES: VtlDirective[] = [
  { name: 'set', snippet: '#set(\\$${1:name} = ${2:value})', doc: 'Assigns a variable.' },
  {
    name: 'if',
    snippet: '#if(${1:condition})\n\t${2}\n#end',
    doc: 'Renders its body when the condition holds.',
  },
  {
    name: 'ifelse',
    snippet: '#if(${1:condition})\n\t${2}\n#else\n\t${3}\n#end',
    doc: '`#if` with an `#else` branch.',
  },
  { name: 'elseif', snippet: '#elseif(${1:condition})', doc: 'Another condition in an `#if` chain.' },
  { name: 'else', snippet: '#else', doc: 'The branch taken when no condition held.' },
  {
    name: 'foreach',
    snippet: '#foreach(\\$${1:item} in ${2:\\$list})\n\t${3}#if(\\$foreach.hasNext),#end\n#end',
    doc: 'Repeats its body for each element (at most 1,000 iterations in API Gateway). `$foreach.hasNext` and `$foreach.index` are available.',
  },
  { name: 'end', snippet: '#end', doc: 'Closes `#if`, `#foreach`, `#macro` and `#define`.' },
  { name: 'break', snippet: '#break', doc: 'Leaves the innermost `#foreach`.' },
  { name: 'stop', snippet: '#stop', doc: 'Stops rendering the template.' },
  {
    name: 'macro',
    snippet: '#macro(${1:name} \\$${2:arg})\n\t${3}\n#end',
    doc: 'Defines a reusable macro: `#name($x)`.',
  },
  {
    name: 'define',
    snippet: '#define(\\$${1:block})\n\t${2}\n#end',
    doc: 'Captures a block of template text in a reference.',
  },
]

/** Finds a member by path of names, e.g. `['context', 'identity', 'sourceIp']`. */
export function lookupMember(path: readonly string[]): VtlMember | undefined {
  let scope: VtlMember[] | undefined = ROOT_VARIABLES
  let found: VtlMember | undefined
  for (const name of path) {
    found = scope?.find((m) => m.name === name)
    if (!found) return undefined
    scope = found.members
  }
  return found
}
