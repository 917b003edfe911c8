import check from './lambda-resource-policy-service-source-scoped.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'

const FN = fnArn('orders')
const policy = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })
const fromService = (service: string | string[], Condition?: PolicyStatement['Condition'], Sid = 'svc'): PolicyStatement => ({
  Sid,
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'lambda:InvokeFunction',
  Resource: FN,
  ...(Condition ? { Condition } : {}),
})
const withPolicy = (...s: PolicyStatement[]) => lambdaFunction({ policy: policy(...s) })

testCheck(check, {
  valid: [
    { name: 'S3 with aws:SourceArn and aws:SourceAccount', resource: withPolicy(fromService('s3.amazonaws.com', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'SNS with aws:SourceArn', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } })) },
    { name: 'EventBridge with aws:SourceAccount only', resource: withPolicy(fromService('events.amazonaws.com', { StringEquals: { 'aws:SourceAccount': ACCOUNT } })) },
    { name: 'Alexa with lambda:EventSourceToken', resource: withPolicy(fromService('alexa-appkit.amazon.com', { StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.1234' } })) },
    { name: 'scoped by a Deny for everyone', resource: withPolicy(fromService('apigateway.amazonaws.com'), { Effect: 'Deny', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FN, Condition: { StringNotEquals: { 'aws:SourceAccount': ACCOUNT } } }) },
  ],
  invalid: [
    { name: 'S3 without source conditions', resource: withPolicy(fromService('s3.amazonaws.com')), messageId: 'unscoped', at: 'policy', count: 1 },
    { name: 'API Gateway with StringNotEquals aws:SourceAccount', resource: withPolicy(fromService('apigateway.amazonaws.com', { StringNotEquals: { 'aws:SourceAccount': '444455556666' } })), messageId: 'unscoped' },
    { name: 'SNS with ArnLikeIfExists (key-less requests pass)', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLikeIfExists: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } })), messageId: 'unscoped' },
    { name: 'S3 with a wildcard source ARN account', resource: withPolicy(fromService('events.amazonaws.com', { ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:*:rule/*' } })), messageId: 'unscoped' },
    { name: 'one scoped grant and one unscoped', resource: withPolicy(fromService('sns.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } }, 'a'), fromService('s3.amazonaws.com', undefined, 'b')), messageId: 'unscoped', count: 1 },
  ],
  unknown: [
    { name: 'policy could not be read', resource: lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied on lambda:GetPolicy' } }) },
    { name: 'functions could not be listed', resource: lambdaFunction(), gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'no resource policy', resource: lambdaFunction({ policy: null }) },
    { name: 'no service principal in the policy', resource: withPolicy({ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 'lambda:InvokeFunction', Resource: FN }) },
  ],
})
