// Every REST / Lambda / stage editing command, for menus, shortcuts, undo/redo and import.
// (Project-level commands live in ./project.)
export * from './deploy/deploy'
export * from './deploy/stage'
export * from './http/httpApi'
export * from './lambda/lambdaFunction'
export * from './rest/apiObjects'
export * from './rest/changeAuthorizerType'
export * from './rest/enableCors'
export * from './rest/integration'
export * from './rest/method'
export * from './rest/resource'
export * from './rest/responses'
export * from './rest/restApi'
