/** Shared by the server's own tests: a small account and SDK client settings pointing at the server. */
import { arns, type FixtureAccount, type PolicyDocument } from './fixture.js'
import type { AwsServer } from './server.js'

export const ACCOUNT = '210987654321'
const trust: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }

/** SDK client options: the server as endpoint, fake static keys, no retries unless asked. */
export function clientConfig(server: AwsServer, region = 'us-east-1', maxAttempts = 1) {
  return { region, endpoint: server.url, credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, maxAttempts }
}

export function smallAccount(): FixtureAccount {
  const fns = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}`, runtime: 'nodejs22.x', role: arns.role(ACCOUNT, 'r0') }))
  return {
    accountId: ACCOUNT,
    regions: {
      'us-east-1': {
        functions: [
          ...fns,
          {
            name: 'api',
            runtime: 'python3.12',
            role: arns.role(ACCOUNT, 'r0'),
            environment: { A: 'b' },
            kmsKeyArn: arns.key('us-east-1', ACCOUNT, 'k1'),
            vpc: { subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: ['sg-1'] },
            layers: ['arn:aws:lambda:us-east-1:999999999999:layer:ext:3'],
            reservedConcurrency: 5,
            tags: { team: 'a' },
            tracing: 'Active',
            policy: { Version: '2012-10-17', Statement: [{ Sid: 'p', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: arns.function('us-east-1', ACCOUNT, 'api') }] },
            url: { authType: 'NONE', cors: { allowOrigins: ['*'], allowMethods: ['GET'] } },
            codeSigningConfigArn: arns.codeSigningConfig('us-east-1', ACCOUNT, 'csc-1'),
            eventInvokeConfig: { onFailure: arns.queue('us-east-1', ACCOUNT, 'dlq'), maximumRetryAttempts: 1 },
          },
          { name: 'img', packageType: 'Image', role: arns.role(ACCOUNT, 'r0'), vpc: { subnetIds: [], securityGroupIds: [] } },
        ],
        layers: [{ name: 'shared', versions: [{ version: 1 }, { version: 2, compatibleRuntimes: ['nodejs22.x'], policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: '*' }] } }] }],
        codeSigningConfigs: [{ id: 'csc-1', allowedPublishers: ['arn:aws:signer:us-east-1:210987654321:/signing-profiles/p/abc'], untrustedArtifactOnDeployment: 'Enforce' }],
        eventSourceMappings: [{ uuid: '11111111-1111-1111-1111-111111111111', functionName: 'api', eventSourceArn: arns.queue('us-east-1', ACCOUNT, 'in'), onFailure: arns.queue('us-east-1', ACCOUNT, 'dlq') }],
        vpcs: [{ vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16', tags: { Name: 'main' } }, { vpcId: 'vpc-2', cidrBlock: '10.1.0.0/16' }],
        subnets: Array.from({ length: 6 }, (_, i) => ({ subnetId: `subnet-${i + 1}`, vpcId: i < 4 ? 'vpc-1' : 'vpc-2', availabilityZone: `us-east-1${'abc'[i % 3]}`, cidrBlock: `10.0.${i}.0/24`, mapPublicIpOnLaunch: i === 0 })),
        routeTables: [
          { routeTableId: 'rtb-main', vpcId: 'vpc-1', main: true, routes: [{ destination: '10.0.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-1' }] },
          { routeTableId: 'rtb-pub', vpcId: 'vpc-1', subnetIds: ['subnet-1'], routes: [{ destination: '0.0.0.0/0', gatewayId: 'igw-1' }, { destination: '::/0', gatewayId: 'igw-1' }] },
        ],
        securityGroups: [{ groupId: 'sg-1', groupName: 'fn', vpcId: 'vpc-1', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, groupIds: ['sg-2'] }], egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'], ipv6Cidrs: ['::/0'] }] }],
        natGateways: [{ natGatewayId: 'nat-1', vpcId: 'vpc-1', subnetId: 'subnet-1' }],
        keys: [
          { keyId: 'k1', rotationEnabled: false },
          { keyId: 'k2', rotationEnabled: true },
          { keyId: 'k3', manager: 'AWS' },
          { keyId: 'k4', keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' },
        ],
        trails: [{ name: 'main', isMultiRegion: true, s3BucketName: 'logs', eventSelectors: [{ readWriteType: 'All', dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }] }] }],
        alarms: [
          { name: 'errors-api', namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'api' }], alarmActions: ['arn:aws:sns:us-east-1:210987654321:ops'] },
          { name: 'math', metrics: [{ id: 'e1', expression: 'm1*2' }, { id: 'm1', namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'f1' }] }] },
          { name: 'errors-f2', namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'f2' }] },
        ],
        logGroups: [{ name: '/aws/lambda/api', retentionInDays: 14 }, { name: '/aws/lambda/f0' }, { name: '/aws/lambda/f1' }, { name: '/other' }],
        queues: [{ name: 'dlq', kmsMasterKeyId: 'alias/aws/sqs', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*' }] } }],
        topics: [{ name: 'ops', subscriptionsConfirmed: 2 }],
      },
      'eu-west-1': { functions: [{ name: 'eu-fn', runtime: 'nodejs20.x', role: arns.role(ACCOUNT, 'r0') }] },
    },
    emptyRegions: ['us-west-2'],
    notOptedInRegions: ['ap-east-1'],
    iam: {
      roles: [
        { name: 'r0', trustPolicy: trust, inlinePolicies: [{ name: 'inline', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/a+b c%/*' }] } }], attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
        { name: 'r1', path: '/service/', trustPolicy: trust },
        { name: 'r2', trustPolicy: trust, attachedPolicies: [arns.policy(ACCOUNT, 'custom')] },
      ],
      users: [{ name: 'u0', groups: ['g0'] }],
      groups: [{ name: 'g0' }],
      policies: [
        { name: 'AdministratorAccess', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
        { name: 'custom', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] } },
      ],
    },
    denied: [{ action: 'lambda:GetPolicy', resource: 'f3' }],
    pageSizes: { 'lambda:ListFunctions': 3, 'iam:GetAccountAuthorizationDetails': 2, 'logs:DescribeLogGroups': 2, 'kms:ListKeys': 3, 'ec2:DescribeSubnets': 5, 'monitoring:DescribeAlarms': 2 },
  }
}
