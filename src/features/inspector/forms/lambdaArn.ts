/** The integration URI API Gateway uses to invoke a Lambda function. */
export function lambdaInvocationUri(region: string, accountId: string, functionName: string): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:${accountId}:function:${functionName}/invocations`
}
