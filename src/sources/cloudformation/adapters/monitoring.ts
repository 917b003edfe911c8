/**
 * Logs, alarms, KMS keys, CloudTrail trails, SQS queues and SNS topics. Queue and topic
 * policies declared as separate resources are attached to the queues/topics they list.
 */
import type { AdvancedEventSelector, EventSelector, MetricDimension } from '../../../model/monitoring.js'
import type { PolicyDocument } from '../../../model/common.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, materialize, PLACEHOLDER } from '../values.js'

export function adaptMonitoring(stack: Stack): void {
  adaptLogGroups(stack)
  adaptAlarms(stack)
  adaptKeys(stack)
  adaptTrails(stack)
  adaptQueues(stack)
  adaptTopics(stack)
}

const id = (stack: Stack, res: TemplateResource) => stack.resourceId(res)

function adaptLogGroups(stack: Stack): void {
  for (const res of stack.ofType('AWS::Logs::LogGroup')) {
    const f = stack.fields(res)
    const name = f.text('name', stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    // No RetentionInDays: the group keeps events forever (retentionInDays absent, as in DescribeLogGroups).
    const retention = f.num('retentionInDays', ['RetentionInDays'])
    const kms = f.str('kmsKeyId', ['KmsKeyId'])
    stack.emit('logs.log-group', f.finish({ ...f.base(id(stack, res), name, { arn }), ...(retention !== undefined ? { retentionInDays: retention } : {}), ...(kms ? { kmsKeyId: kms } : {}) }), res)
  }
}

function dimensions(v: unknown, f: Fields, path: string): MetricDimension[] {
  if (isUnresolved(v)) {
    f.mark(path, v.reason)
    return []
  }
  if (!Array.isArray(v)) return []
  return v.filter(isRecord).map((d, i) => {
    if (isUnresolved(d.Value)) f.mark(`${path}.${i}.value`, d.Value.reason)
    return { name: asString(d.Name) ?? PLACEHOLDER, value: isUnresolved(d.Value) ? PLACEHOLDER : (asString(d.Value) ?? PLACEHOLDER) }
  })
}

function adaptAlarms(stack: Stack): void {
  for (const res of stack.ofType('AWS::CloudWatch::Alarm')) {
    const f = stack.fields(res)
    const metricsRaw = f.get(['Metrics'])
    const metrics = Array.isArray(metricsRaw)
      ? metricsRaw.filter(isRecord).flatMap((m, i) => {
          const metric = isRecord(m.MetricStat) && isRecord(m.MetricStat.Metric) ? m.MetricStat.Metric : undefined
          if (!metric) return []
          return [{ namespace: asString(metric.Namespace), metricName: asString(metric.MetricName), dimensions: dimensions(metric.Dimensions, f, `metrics.${i}.dimensions`) }].map((x) => {
            const out: { namespace?: string; metricName?: string; dimensions: MetricDimension[] } = { dimensions: x.dimensions }
            if (x.namespace) out.namespace = x.namespace
            if (x.metricName) out.metricName = x.metricName
            return out
          })
        })
      : []
    const namespace = f.str('namespace', ['Namespace'])
    const metricName = f.str('metricName', ['MetricName'])
    f.locate('dimensions', ['Dimensions'])
    const alarm = {
      ...f.base(id(stack, res), f.text('name', stack.ref(res)), { arn: f.text('arn', stack.getAtt(res, 'Arn')) }),
      ...(namespace ? { namespace } : {}),
      ...(metricName ? { metricName } : {}),
      dimensions: dimensions(f.get(['Dimensions']), f, 'dimensions'),
      metrics,
      actionsEnabled: f.bool('actionsEnabled', ['ActionsEnabled']) ?? true,
      alarmActions: f.strList('alarmActions', ['AlarmActions']) ?? [],
    }
    stack.emit('cloudwatch.alarm', f.finish(alarm), res)
  }
}

function adaptKeys(stack: Stack): void {
  for (const res of stack.ofType('AWS::KMS::Key')) {
    const f = stack.fields(res)
    const keyId = f.text('keyId', stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    const keySpec = f.str('keySpec', ['KeySpec']) ?? 'SYMMETRIC_DEFAULT'
    const keyUsage = f.str('keyUsage', ['KeyUsage']) ?? 'ENCRYPT_DECRYPT'
    const origin = f.str('origin', ['Origin']) ?? 'AWS_KMS'
    // Rotation applies to symmetric keys with key material from KMS; EnableKeyRotation defaults to false.
    const rotatable = keySpec === 'SYMMETRIC_DEFAULT' && origin === 'AWS_KMS'
    const rotation = f.bool('rotationEnabled', ['EnableKeyRotation'])
    const enabled = f.bool('keyState', ['Enabled'])
    // Without KeyPolicy, KMS attaches its default policy: the account root may do everything,
    // which delegates access to IAM policies.
    const policy: PolicyDocument = f.policy('policy', ['KeyPolicy']) ?? {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${stack.options.partition}:iam::${stack.options.accountId}:root` }, Action: 'kms:*', Resource: '*' }],
    }
    stack.emit(
      'kms.key',
      f.finish({
        ...f.base(id(stack, res), keyId, { arn }),
        keyId,
        manager: 'CUSTOMER' as const,
        keySpec,
        keyUsage,
        keyState: enabled === false ? 'Disabled' : 'Enabled',
        rotationEnabled: rotatable ? (rotation ?? false) : null,
        policy,
      }),
      res,
    )
  }
}

function adaptTrails(stack: Stack): void {
  for (const res of stack.ofType('AWS::CloudTrail::Trail')) {
    const f = stack.fields(res)
    const selectorsRaw = f.get(['EventSelectors'])
    let eventSelectors: EventSelector[]
    if (isUnresolved(selectorsRaw)) {
      f.mark('eventSelectors', selectorsRaw.reason)
      eventSelectors = []
    } else if (Array.isArray(selectorsRaw)) {
      f.locate('eventSelectors', ['EventSelectors'])
      eventSelectors = (materialize(selectorsRaw, 'eventSelectorsRaw', f.unresolved) as Record<string, unknown>[]).map((s) => ({
        readWriteType: (asString(s.ReadWriteType) ?? 'All') as EventSelector['readWriteType'],
        includeManagementEvents: asBoolean(s.IncludeManagementEvents) ?? true,
        dataResources: (Array.isArray(s.DataResources) ? s.DataResources : []).filter(isRecord).map((d) => ({ type: String(d.Type), values: Array.isArray(d.Values) ? d.Values.map(String) : [] })),
      }))
      if (Object.keys(f.unresolved).some((k) => k.startsWith('eventSelectorsRaw'))) f.mark('eventSelectors', 'an event selector depends on an unresolved value')
    } else {
      // A trail without selectors logs all management events, read and write.
      eventSelectors = [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }]
    }
    const advancedRaw = f.get(['AdvancedEventSelectors'])
    const advancedEventSelectors: AdvancedEventSelector[] = Array.isArray(advancedRaw)
      ? advancedRaw.filter(isRecord).map((a) => {
          const sel: AdvancedEventSelector = {
            fieldSelectors: (Array.isArray(a.FieldSelectors) ? a.FieldSelectors : []).filter(isRecord).map((fs) => {
              const out: AdvancedEventSelector['fieldSelectors'][number] = { field: String(fs.Field) }
              for (const k of ['Equals', 'NotEquals', 'StartsWith', 'NotStartsWith', 'EndsWith', 'NotEndsWith'] as const) {
                if (Array.isArray(fs[k])) (out as unknown as Record<string, string[]>)[k[0]!.toLowerCase() + k.slice(1)] = (fs[k] as unknown[]).map(String)
              }
              return out
            }),
          }
          if (typeof a.Name === 'string') sel.name = a.Name
          return sel
        })
      : []
    if (isUnresolved(advancedRaw)) f.mark('advancedEventSelectors', advancedRaw.reason)
    const bucket = f.str('s3BucketName', ['S3BucketName'])
    const kms = f.str('kmsKeyId', ['KMSKeyId'])
    const cwl = f.str('cloudWatchLogsLogGroupArn', ['CloudWatchLogsLogGroupArn'])
    const trail = {
      ...f.base(id(stack, res), f.text('name', stack.ref(res)), { arn: f.text('arn', stack.getAtt(res, 'Arn')) }),
      homeRegion: stack.region,
      isMultiRegion: f.bool('isMultiRegion', ['IsMultiRegionTrail']) ?? false,
      isOrganizationTrail: f.bool('isOrganizationTrail', ['IsOrganizationTrail']) ?? false,
      isLogging: f.bool('isLogging', ['IsLogging']) ?? false,
      logFileValidation: f.bool('logFileValidation', ['EnableLogFileValidation']) ?? false,
      includeGlobalServiceEvents: f.bool('includeGlobalServiceEvents', ['IncludeGlobalServiceEvents']) ?? true,
      eventSelectors,
      advancedEventSelectors,
      ...(bucket ? { s3BucketName: bucket } : {}),
      ...(kms ? { kmsKeyId: kms } : {}),
      ...(cwl ? { cloudWatchLogsLogGroupArn: cwl } : {}),
    }
    for (const k of Object.keys(f.unresolved)) if (k.startsWith('eventSelectorsRaw')) delete f.unresolved[k]
    stack.emit('cloudtrail.trail', f.finish(trail), res)
  }
}

/** Resource policies declared as separate resources: the last one naming the target wins, as in AWS. */
function attachedPolicy(stack: Stack, f: Fields, policyType: string, listProp: string, designations: string[]): { policy: PolicyDocument | null; joined: TemplateResource[] } {
  let policy: PolicyDocument | null = null
  const joined: TemplateResource[] = []
  for (const p of stack.ofType(policyType)) {
    const props = stack.props(p)
    const list = props[listProp]
    if (isUnresolved(list) || (Array.isArray(list) && list.some(isUnresolved))) {
      f.mark('policy', `${p.logicalId}: ${listProp} depends on an unresolved value`)
      continue
    }
    if (!Array.isArray(list) || !list.some((x) => designations.includes(String(x)))) continue
    joined.push(p)
    f.locateResource('policy', p)
    policy = f.policyValue('policy', props.PolicyDocument)
    const exists = stack.resolver.exists(p)
    if (isUnresolved(exists)) f.mark('policy', `${p.logicalId} exists only if ${exists.reason}`)
  }
  return { policy, joined }
}

function adaptQueues(stack: Stack): void {
  for (const res of stack.ofType('AWS::SQS::Queue')) {
    const f = stack.fields(res)
    const url = f.text('url', stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    const name = f.text('name', stack.getAtt(res, 'QueueName'))
    const { policy, joined } = attachedPolicy(stack, f, 'AWS::SQS::QueuePolicy', 'Queues', [url, arn])
    const kms = f.str('kmsMasterKeyId', ['KmsMasterKeyId'])
    // New queues get SSE-SQS unless a KMS key is chosen or it is turned off explicitly.
    const sse = f.bool('sqsManagedSse', ['SqsManagedSseEnabled']) ?? !kms
    stack.emit('sqs.queue', f.finish({ ...f.base(id(stack, res), name, { arn }), url, policy, ...(kms ? { kmsMasterKeyId: kms } : {}), sqsManagedSse: sse }), res, joined)
  }
}

function adaptTopics(stack: Stack): void {
  for (const res of stack.ofType('AWS::SNS::Topic')) {
    const f = stack.fields(res)
    const arn = f.text('arn', stack.ref(res))
    const name = f.text('name', stack.getAtt(res, 'TopicName'))
    const { policy, joined } = attachedPolicy(stack, f, 'AWS::SNS::TopicPolicy', 'Topics', [arn])
    const kms = f.str('kmsMasterKeyId', ['KmsMasterKeyId'])
    stack.emit('sns.topic', f.finish({ ...f.base(id(stack, res), name, { arn }), policy, ...(kms ? { kmsMasterKeyId: kms } : {}) }), res, joined)
  }
}
