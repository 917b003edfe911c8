import { ApiError } from '../errors.js'
import { arns } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { ServiceDef } from './types.js'

const UPDATED = new Date('2024-01-15T10:00:00Z')
const dims = (list: { name: string; value: string }[] | undefined) => (list ?? []).map((d) => ({ Name: d.name, Value: d.value }))

/**
 * CloudWatch speaks AWS JSON 1.0 with the awsQueryCompatible trait in the installed SDK
 * (@aws-sdk/client-cloudwatch 3.1164: AwsJson1_0Protocol, target GraniteServiceVersion20100801),
 * so errors also carry their legacy query code (`Throttling`, `AccessDenied`).
 */
export const cloudwatch: ServiceDef = {
  signingName: 'monitoring',
  iamPrefix: 'cloudwatch',
  protocol: 'json-1.0',
  target: 'GraniteServiceVersion20100801',
  queryCompatible: true,
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403, queryCode: 'AccessDenied' },
    throttling: { code: 'ThrottlingException', status: 400, queryCode: 'Throttling' },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalServiceFault' },
    unavailable: { code: 'ServiceUnavailable' },
  },
  operations: {
    DescribeAlarms: {
      handle(input, ctx) {
        const max = input.MaxRecords
        if (max !== undefined && (Number(max) < 1 || Number(max) > 100)) throw new ApiError('InvalidParameterValueException', 'MaxRecords must be between 1 and 100', 400, { queryCode: 'InvalidParameterValue' })
        const types = (input.AlarmTypes as string[] | undefined) ?? ['MetricAlarm']
        let alarms = types.includes('MetricAlarm') ? (ctx.data.alarms ?? []) : []
        const names = (input.AlarmNames as string[] | undefined) ?? []
        if (names.length) alarms = alarms.filter((a) => names.includes(a.name))
        if (input.AlarmNamePrefix) alarms = alarms.filter((a) => a.name.startsWith(String(input.AlarmNamePrefix)))
        if (input.StateValue) alarms = alarms.filter((a) => (a.stateValue ?? 'OK') === input.StateValue)
        if (input.ActionPrefix) alarms = alarms.filter((a) => (a.alarmActions ?? []).some((x) => x.startsWith(String(input.ActionPrefix))))
        const p = paginate(alarms, { token: input.NextToken, requested: max, defaultSize: 50, maxSize: 100, fixtureMax: ctx.fixturePageSize('DescribeAlarms'), tokenName: 'NextToken', errorCode: 'InvalidNextToken' })
        return {
          MetricAlarms: p.items.map((a) => ({
            AlarmName: a.name,
            AlarmArn: arns.alarm(ctx.region, ctx.accountId, a.name),
            AlarmConfigurationUpdatedTimestamp: UPDATED,
            ActionsEnabled: a.actionsEnabled ?? true,
            OKActions: [],
            AlarmActions: a.alarmActions ?? [],
            InsufficientDataActions: [],
            StateValue: a.stateValue ?? 'OK',
            StateReason: 'Threshold Crossed',
            StateUpdatedTimestamp: UPDATED,
            MetricName: a.metricName,
            Namespace: a.namespace,
            Statistic: a.metrics ? undefined : (a.statistic ?? 'Sum'),
            Dimensions: dims(a.dimensions),
            Period: a.metrics ? undefined : (a.period ?? 60),
            EvaluationPeriods: a.evaluationPeriods ?? 1,
            Threshold: a.threshold ?? 1,
            ComparisonOperator: a.comparisonOperator ?? 'GreaterThanOrEqualToThreshold',
            TreatMissingData: 'missing',
            Metrics: a.metrics?.map((m) => ({
              Id: m.id,
              Expression: m.expression,
              MetricStat: m.metricName ? { Metric: { Namespace: m.namespace, MetricName: m.metricName, Dimensions: dims(m.dimensions) }, Period: a.period ?? 60, Stat: a.statistic ?? 'Sum' } : undefined,
              ReturnData: m.returnData ?? Boolean(m.expression),
            })),
            StateTransitionedTimestamp: UPDATED,
          })),
          CompositeAlarms: [],
          NextToken: p.next,
        }
      },
    },
  },
}
