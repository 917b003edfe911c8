/**
 * The GuardDuty, Secrets Manager, Parameter Store and VPC endpoint handlers, driven by the real
 * collectors (real SDK clients, loopback endpoint) and then the real checks.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, type AwsServer } from './server.js'
import { loopbackClients, type SdkClientLoader } from './loopback-clients.js'
import { ACCOUNT } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext } from '../../src/sources/aws/context.js'
import type { ServiceId } from '../../src/sources/aws/clients.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { guardDutyDetectorCollector } from '../../src/sources/aws/collectors/guardduty-detector.js'
import { secretsManagerSecretCollector } from '../../src/sources/aws/collectors/secretsmanager-secret.js'
import { ssmParameterCollector } from '../../src/sources/aws/collectors/ssm-parameter.js'
import { ec2VpcEndpointCollector } from '../../src/sources/aws/collectors/ec2.js'
import { runCollectors } from '../../src/sources/aws/run-collectors.js'
import { emptyInventory } from '../../src/core/inventory.js'
import { runChecks } from '../../src/core/engine.js'
import guardduty from '../../src/checks/guardduty/guardduty-lambda-protection-enabled.js'
import rotation from '../../src/checks/secretsmanager/secretsmanager-secret-rotation-enabled.js'
import rotationSucceeding from '../../src/checks/secretsmanager/secretsmanager-secret-rotation-succeeding.js'
import secureString from '../../src/checks/ssm/ssm-parameter-secrets-secure-string.js'

function account(): FixtureAccount {
  return {
    accountId: ACCOUNT,
    iam: { roles: [] },
    pageSizes: { 'secretsmanager:ListSecrets': 1 },
    regions: {
      'us-east-1': {
        guardDuty: { detectorId: 'd-east', features: { LAMBDA_NETWORK_LOGS: 'ENABLED', CLOUD_TRAIL: 'ENABLED' } },
        secrets: [
          { name: 'orders/db', rotationEnabled: true, automaticallyAfterDays: 30, lastRotatedDate: '2026-11-20T04:00:00Z' },
          { name: 'legacy/api-key' },
          { name: 'payments/db', rotationEnabled: true, scheduleExpression: 'rate(7 days)', lastRotatedDate: '2026-09-01T00:00:00Z' },
        ],
        parameters: [{ name: '/orders/db/password', type: 'SecureString' }, { name: '/orders/stripe/api-key' }, { name: '/orders/log-level' }],
        emptyParameterPage: true,
        vpcEndpoints: [
          { vpcEndpointId: 'vpce-s3', vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.s3', type: 'Gateway', routeTableIds: ['rtb-1'] },
          { vpcEndpointId: 'vpce-sqs', vpcId: 'vpc-1', serviceName: 'com.amazonaws.us-east-1.sqs', subnetIds: ['subnet-1'] },
        ],
      },
      // GuardDuty was never switched on here.
      'eu-west-1': {},
    },
  }
}

const CLIENTS: Partial<Record<ServiceId, SdkClientLoader>> = {
  guardduty: async () => (await import('@aws-sdk/client-guardduty')).GuardDutyClient as never,
  secretsmanager: async () => (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient as never,
  ssm: async () => (await import('@aws-sdk/client-ssm')).SSMClient as never,
  ec2: async () => (await import('@aws-sdk/client-ec2')).EC2Client as never,
}

describe('aws-server: GuardDuty, Secrets Manager, Parameter Store, VPC endpoints (collectors end to end)', () => {
  let server: AwsServer
  let clients: ReturnType<typeof loopbackClients>
  before(async () => {
    server = await startAwsServer({ account: account() })
    clients = loopbackClients(server, CLIENTS)
  })
  after(async () => {
    clients.destroy()
    await server.close()
  })
  const context = () => createAwsContext({ clients, accountId: ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000) })

  it('collects, and the checks give one verdict per region, secret and secret-looking parameter', async () => {
    const run = await runCollectors(context(), [guardDutyDetectorCollector, secretsManagerSecretCollector, ssmParameterCollector, ec2VpcEndpointCollector], ['us-east-1', 'eu-west-1'], { globalRegion: 'us-east-1' })
    assert.deepEqual(run.gaps, [])
    const detectors = run.resources['guardduty.detector']!
    assert.deepEqual(detectors.map((d) => [d.region, d.detectorId]), [['eu-west-1', null], ['us-east-1', 'd-east']])
    assert.deepEqual(run.resources['secretsmanager.secret']!.map((s) => s.name).sort(), ['legacy/api-key', 'orders/db', 'payments/db'])
    assert.deepEqual(run.resources['ssm.parameter']!.map((p) => `${p.name}:${p.type}`), ['/orders/db/password:SecureString', '/orders/log-level:String', '/orders/stripe/api-key:String'])
    assert.deepEqual(run.resources['ec2.vpc-endpoint']!.map((e) => `${e.id}:${e.endpointType}:${e.state}:${e.routeTableIds}:${e.subnetIds}`), ['vpce-s3:Gateway:available:rtb-1:', 'vpce-sqs:Interface:available::subnet-1'])
    // Secrets were listed one per page; parameters needed a second page after an empty first one.
    assert.equal(server.calls.count({ service: 'secretsmanager', operation: 'ListSecrets', region: 'us-east-1' }), 3)
    assert.equal(server.calls.count({ service: 'ssm', operation: 'DescribeParameters', region: 'us-east-1' }), 2)
    assert.ok(!server.calls.actions().some((a) => /GetSecretValue|GetParameter/.test(a)), 'no value was ever requested')

    const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: run.regions })
    inv.resources = run.resources
    const verdict = (checkId: string) => runChecks(inv, [guardduty, rotation, rotationSucceeding, secureString], { now: new Date('2026-11-27T00:00:00Z') }).filter((f) => f.checkId === checkId).map((f) => `${f.resourceName}:${f.status}:${f.messageId}`).sort()
    assert.deepEqual(verdict(guardduty.meta.id), ['d-east:pass:enabled', 'no GuardDuty detector in eu-west-1:fail:noDetector'])
    assert.deepEqual(verdict(rotation.meta.id), ['legacy/api-key:fail:disabled', 'orders/db:pass:enabled', 'payments/db:pass:enabled'])
    assert.deepEqual(verdict(rotationSucceeding.meta.id), ['legacy/api-key:skip:skipped', 'orders/db:pass:rotating', 'payments/db:fail:overdue'])
    assert.deepEqual(verdict(secureString.meta.id), ['/orders/db/password:pass:secure', '/orders/log-level:skip:skipped', '/orders/stripe/api-key:fail:plain'])
  })

  it('a denied listing is a gap, so the checks say unknown, never fail or pass', async () => {
    server.deny({ action: 'guardduty:ListDetectors', region: 'eu-west-1' })
    server.deny({ action: 'ssm:DescribeParameters' })
    try {
      const run = await runCollectors(context(), [guardDutyDetectorCollector, ssmParameterCollector], ['us-east-1', 'eu-west-1'], { globalRegion: 'us-east-1' })
      assert.deepEqual(run.gaps.map((g) => `${g.resourceType}@${g.region}:${g.code}`).sort(), ['guardduty.detector@eu-west-1:AccessDenied', 'ssm.parameter@eu-west-1:AccessDenied', 'ssm.parameter@us-east-1:AccessDenied'])
      const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: run.regions })
      inv.resources = run.resources
      inv.gaps = run.gaps
      const eu = runChecks(inv, [guardduty], {}).filter((f) => f.region === 'eu-west-1')
      assert.deepEqual(eu.map((f) => f.status), ['unknown'])
    } finally {
      server.clearDenials()
    }
  })
})
