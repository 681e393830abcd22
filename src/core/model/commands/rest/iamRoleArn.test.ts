import { describe, expect, it } from 'vitest'
import { IAM_ROLE_ARN, iamRoleArnProblem } from './iamRoleArn'

describe('iamRoleArnProblem', () => {
  it('accepts role ARNs, with a path and in other partitions', () => {
    for (const arn of [
      'arn:aws:iam::123456789012:role/apigInvokeRole',
      'arn:aws:iam::123456789012:role/service-role/my.role+x=y,z@w_1-2',
      'arn:aws-cn:iam::123456789012:role/r',
      'arn:aws-us-gov:iam::123456789012:role/r',
    ]) {
      expect(iamRoleArnProblem(arn), arn).toBeUndefined()
      expect(IAM_ROLE_ARN.test(arn)).toBe(true)
    }
  })

  it('says what is wrong with the rest', () => {
    expect(iamRoleArnProblem('apigInvokeRole')).toMatch(/^Enter the IAM role ARN/)
    expect(iamRoleArnProblem('arn:aws:lambda:us-east-1:123456789012:function:f')).toMatch(
      /not an IAM ARN \(service "lambda"\)/,
    )
    expect(iamRoleArnProblem('arn:aws:iam:us-east-1:123456789012:role/r')).toMatch(/no region/)
    expect(iamRoleArnProblem('arn:aws:iam::1234:role/r')).toMatch(/12 digits/)
    expect(iamRoleArnProblem('arn:aws:iam::123456789012:user/bob')).toMatch(/ends in :role\/\{name\}/)
    expect(iamRoleArnProblem(`arn:aws:iam::123456789012:role/${'r'.repeat(65)}`)).toMatch(/1–64/)
    expect(iamRoleArnProblem('arn:aws:iam::123456789012:role/has space')).toMatch(/1–64/)
  })
})
