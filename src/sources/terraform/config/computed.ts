/**
 * Attributes the AWS provider computes (ARNs, ids, generated names), as stable stand-ins
 * built the way AWS builds them from what the configuration sets: `aws_iam_role.app.arn` is
 * `arn:aws:iam::<account>:role/<path><name>`. Ids AWS generates (`sg-…`, `subnet-…`) and
 * names Terraform generates become `<kind>-<root>-<resource>` placeholders, the same wherever
 * they are referenced, so references between resources join exactly as they do in AWS.
 * A stand-in is an identity, never a security-relevant setting.
 */
import { Unknown, type Value } from '../eval/values.js'

export interface ComputeContext {
  partition: string
  region: string
  accountId: string
  /** Stand-in for a name Terraform would generate (`terraform-2024…` in real life). */
  generatedName: string
  /** Stand-in suffix for ids AWS generates. */
  placeholderId: string
  /** Full address of the instance, for symbols of attributes known only after apply. */
  address: string
}

/** Concatenates known text and values; unknown parts give a symbolic Unknown (or a plain one). */
export function concat(...parts: (string | Value | undefined)[]): Value {
  let text = ''
  let unknown: Unknown | undefined
  let symbolic = true
  for (const p of parts) {
    if (p instanceof Unknown) {
      unknown ??= p
      if (p.symbol === undefined) symbolic = false
      text += p.symbol ?? ''
    } else if (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean') text += String(p)
    else if (p === undefined || p === null) continue
    else {
      unknown ??= new Unknown('not a text value')
      symbolic = false
    }
  }
  if (!unknown) return text
  return symbolic ? new Unknown(unknown.reason, text) : new Unknown(unknown.reason)
}

type Get = (name: string) => Value | undefined

const EC2_PREFIX: Record<string, string> = {
  aws_security_group: 'sg',
  aws_subnet: 'subnet',
  aws_vpc: 'vpc',
  aws_route_table: 'rtb',
  aws_internet_gateway: 'igw',
  aws_nat_gateway: 'nat',
  aws_eip: 'eipalloc',
  aws_vpc_endpoint: 'vpce',
  aws_egress_only_internet_gateway: 'eigw',
  aws_ec2_transit_gateway: 'tgw',
  aws_vpc_peering_connection: 'pcx',
  aws_network_interface: 'eni',
  aws_instance: 'i',
  aws_network_acl: 'acl',
  aws_security_group_rule: 'sgrule',
  aws_vpc_security_group_ingress_rule: 'sgr',
  aws_vpc_security_group_egress_rule: 'sgr',
  aws_route_table_association: 'rtbassoc',
  aws_route: 'r',
  aws_vpc_ipv4_cidr_block_association: 'vpc-cidr-assoc',
  aws_ec2_managed_prefix_list: 'pl',
}

const EC2_ARN_TYPE: Record<string, string> = {
  aws_security_group: 'security-group',
  aws_subnet: 'subnet',
  aws_vpc: 'vpc',
  aws_route_table: 'route-table',
  aws_internet_gateway: 'internet-gateway',
  aws_nat_gateway: 'natgateway',
  aws_vpc_endpoint: 'vpc-endpoint',
  aws_network_interface: 'network-interface',
  aws_instance: 'instance',
}

/**
 * The value of a computed attribute, or undefined when this type/attribute has no stand-in
 * (the caller then reports it as known only after apply).
 */
export function computedAttribute(type: string, attr: string, get: Get, c: ComputeContext): Value | undefined {
  const arn = (service: string, resource: Value | string, regional = true, account = true) =>
    concat(`arn:${c.partition}:${service}:${regional ? c.region : ''}:${account ? c.accountId : ''}:`, resource)
  const named = (nameAttr = 'name', suffix = ''): Value => {
    const n = get(nameAttr)
    if (n !== undefined && n !== null) return n
    const prefix = get('name_prefix')
    return concat(typeof prefix === 'string' || prefix instanceof Unknown ? prefix : '', c.generatedName, suffix)
  }
  const ec2 = EC2_PREFIX[type]
  if (ec2) {
    const id = `${ec2}-${c.placeholderId}`
    if (attr === 'id') return id
    if (attr === 'arn' && EC2_ARN_TYPE[type]) return arn('ec2', `${EC2_ARN_TYPE[type]}/${id}`)
    if (type === 'aws_vpc' && (attr === 'default_route_table_id' || attr === 'main_route_table_id')) return `rtb-${c.placeholderId}-main`
    if (type === 'aws_vpc' && attr === 'default_security_group_id') return `sg-${c.placeholderId}-default`
    if (type === 'aws_vpc' && attr === 'default_network_acl_id') return `acl-${c.placeholderId}-default`
    if (type === 'aws_eip' && attr === 'allocation_id') return id
    if (type === 'aws_vpc_endpoint' && attr === 'prefix_list_id') return `pl-${c.placeholderId}`
    if (type === 'aws_security_group' && attr === 'name') return named()
    if ((type === 'aws_vpc_security_group_ingress_rule' || type === 'aws_vpc_security_group_egress_rule') && attr === 'security_group_rule_id') return id
    if (attr === 'owner_id') return c.accountId
    return undefined
  }
  switch (type) {
    case 'aws_lambda_function': {
      const name = get('function_name') ?? c.generatedName
      const fnArn = arn('lambda', concat('function:', name))
      if (attr === 'arn') return fnArn
      if (attr === 'id' || attr === 'function_name') return name
      if (attr === 'qualified_arn') return concat(fnArn, ':$LATEST')
      if (attr === 'version') return '$LATEST'
      if (attr === 'invoke_arn' || attr === 'qualified_invoke_arn') return concat(`arn:${c.partition}:apigateway:${c.region}:lambda:path/2015-03-31/functions/`, fnArn, attr === 'qualified_invoke_arn' ? ':$LATEST' : '', '/invocations')
      return undefined
    }
    case 'aws_lambda_alias': {
      const fn = get('function_name')
      const base = typeof fn === 'string' && fn.startsWith('arn:') ? fn : arn('lambda', concat('function:', fn ?? c.generatedName))
      if (attr === 'arn') return concat(base, ':', get('name') ?? c.generatedName)
      return undefined
    }
    case 'aws_lambda_function_url':
      if (attr === 'function_url') return `https://${c.placeholderId.toLowerCase().replace(/[^a-z0-9]/g, '')}.lambda-url.${c.region}.on.aws/`
      if (attr === 'function_arn') {
        const fn = get('function_name')
        return typeof fn === 'string' && fn.startsWith('arn:') ? fn : arn('lambda', concat('function:', fn ?? c.generatedName))
      }
      return undefined
    case 'aws_lambda_layer_version': {
      const layer = arn('lambda', concat('layer:', get('layer_name') ?? c.generatedName))
      if (attr === 'layer_arn') return layer
      // The version number is assigned at publication; 1 stands for it, as for a new layer.
      if (attr === 'arn' || attr === 'id') return concat(layer, ':1')
      if (attr === 'version') return '1'
      return undefined
    }
    case 'aws_lambda_code_signing_config':
      if (attr === 'arn' || attr === 'id') return arn('lambda', `code-signing-config:csc-${c.placeholderId}`)
      return undefined
    case 'aws_iam_role': {
      const name = named()
      const path = get('path') ?? '/'
      if (attr === 'arn') return concat(`arn:${c.partition}:iam::${c.accountId}:role`, path, name)
      if (attr === 'name' || attr === 'id') return name
      if (attr === 'unique_id') return `AROA${c.placeholderId.toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 21)
      return undefined
    }
    case 'aws_iam_policy': {
      const name = named()
      const policyArn = concat(`arn:${c.partition}:iam::${c.accountId}:policy`, get('path') ?? '/', name)
      if (attr === 'arn' || attr === 'id') return policyArn
      if (attr === 'name') return name
      return undefined
    }
    case 'aws_iam_role_policy':
      if (attr === 'id') return concat(get('role') ?? '', ':', named())
      if (attr === 'name') return named()
      return undefined
    case 'aws_cloudwatch_log_group': {
      const name = named()
      // The provider strips the `:*` that the API appends to log group ARNs.
      if (attr === 'arn') return arn('logs', concat('log-group:', name))
      if (attr === 'name' || attr === 'id') return name
      return undefined
    }
    case 'aws_cloudwatch_metric_alarm': {
      const name = get('alarm_name') ?? c.generatedName
      if (attr === 'arn') return arn('cloudwatch', concat('alarm:', name))
      if (attr === 'id' || attr === 'alarm_name') return name
      return undefined
    }
    case 'aws_kms_key': {
      const keyId = `${c.placeholderId}`
      if (attr === 'key_id' || attr === 'id') return keyId
      if (attr === 'arn') return arn('kms', `key/${keyId}`)
      return undefined
    }
    case 'aws_kms_alias':
      if (attr === 'arn') return arn('kms', get('name') ?? c.generatedName)
      if (attr === 'id' || attr === 'name') return get('name') ?? c.generatedName
      return undefined
    case 'aws_cloudtrail': {
      const name = named()
      if (attr === 'arn') return arn('cloudtrail', concat('trail/', name))
      if (attr === 'id' || attr === 'name') return name
      return undefined
    }
    case 'aws_sqs_queue': {
      const fifo = get('fifo_queue') === true || get('fifo_queue') === 'true'
      const name = named('name', fifo && get('name') === undefined ? '.fifo' : '')
      if (attr === 'name') return name
      if (attr === 'arn') return arn('sqs', name)
      if (attr === 'url' || attr === 'id') return concat(`https://sqs.${c.region}.amazonaws.com/${c.accountId}/`, name)
      return undefined
    }
    case 'aws_sns_topic': {
      const fifo = get('fifo_topic') === true || get('fifo_topic') === 'true'
      const name = named('name', fifo && get('name') === undefined ? '.fifo' : '')
      if (attr === 'name') return name
      if (attr === 'arn' || attr === 'id') return arn('sns', name)
      return undefined
    }
    case 'aws_cloudwatch_event_rule': {
      const name = named()
      const bus = get('event_bus_name')
      const busPart = bus === undefined || bus === null || bus === 'default' ? '' : concat(bus, '/')
      if (attr === 'arn') return arn('events', concat('rule/', busPart, name))
      if (attr === 'id') return concat(busPart, name)
      if (attr === 'name') return name
      return undefined
    }
    case 'aws_cloudwatch_event_bus':
      if (attr === 'arn') return arn('events', concat('event-bus/', named()))
      if (attr === 'id' || attr === 'name') return named()
      return undefined
    case 'aws_scheduler_schedule':
      if (attr === 'arn') return arn('scheduler', concat('schedule/', get('group_name') ?? 'default', '/', named()))
      return undefined
    case 'aws_s3_bucket': {
      const bucket = get('bucket') ?? concat(get('bucket_prefix') ?? '', c.generatedName.toLowerCase())
      if (attr === 'arn') return concat(`arn:${c.partition}:s3:::`, bucket)
      if (attr === 'id' || attr === 'bucket') return bucket
      if (attr === 'bucket_domain_name') return concat(bucket, '.s3.amazonaws.com')
      if (attr === 'bucket_regional_domain_name') return concat(bucket, `.s3.${c.region}.amazonaws.com`)
      return undefined
    }
    case 'aws_dynamodb_table': {
      const name = named()
      if (attr === 'arn') return arn('dynamodb', concat('table/', name))
      if (attr === 'id' || attr === 'name') return name
      if (attr === 'stream_arn') return arn('dynamodb', concat('table/', name, '/stream/', c.placeholderId))
      return undefined
    }
    case 'aws_kinesis_stream':
      if (attr === 'arn' || attr === 'id') return arn('kinesis', concat('stream/', named()))
      return undefined
    case 'aws_sfn_state_machine':
      if (attr === 'arn' || attr === 'id') return arn('states', concat('stateMachine:', named()))
      return undefined
    case 'aws_secretsmanager_secret':
      if (attr === 'arn' || attr === 'id') return arn('secretsmanager', concat('secret:', named()))
      return undefined
    case 'aws_ssm_parameter': {
      const name = get('name') ?? c.generatedName
      if (attr === 'arn') return arn('ssm', concat('parameter/', typeof name === 'string' ? name.replace(/^\//, '') : name))
      if (attr === 'id' || attr === 'name') return name
      return undefined
    }
    case 'aws_api_gateway_rest_api':
    case 'aws_apigatewayv2_api': {
      const id = c.placeholderId
      if (attr === 'id') return id
      if (attr === 'execution_arn') return arn('execute-api', id)
      if (attr === 'root_resource_id') return `${id}-root`
      if (attr === 'api_endpoint') return `https://${id}.execute-api.${c.region}.amazonaws.com`
      if (attr === 'arn') return concat(`arn:${c.partition}:apigateway:${c.region}::/${type === 'aws_apigatewayv2_api' ? 'apis' : 'restapis'}/`, id)
      return undefined
    }
    case 'aws_cognito_user_pool':
      if (attr === 'id') return `${c.region}_${c.placeholderId}`
      if (attr === 'arn') return arn('cognito-idp', `userpool/${c.region}_${c.placeholderId}`)
      return undefined
    case 'aws_signer_signing_profile': {
      const profileArn = arn('signer', concat('/signing-profiles/', named()))
      if (attr === 'arn') return profileArn
      if (attr === 'version_arn') return concat(profileArn, '/1')
      if (attr === 'name' || attr === 'id') return named()
      return undefined
    }
    case 'aws_iot_topic_rule':
      if (attr === 'arn') return arn('iot', concat('rule/', named()))
      return undefined
  }
  return undefined
}
