/**
 * Whether a VPC has an interface endpoint (AWS PrivateLink) for one AWS service: FSBP EC2.10 and
 * EC2.55–EC2.60, which share AWS Config's vpc-endpoint-enabled rule and differ only in the service
 * (data/vpc-endpoint-services.json). Shared by the six ec2-vpc-interface-endpoint-* checks so
 * that they agree on what counts.
 */
import data from '../../data/vpc-endpoint-services.json' with { type: 'json' }
import { defineCheck, type CheckContext, type CheckMeta, type Verdict } from '../core/check.js'
import type { Vpc, VpcEndpoint } from '../model/ec2.js'

/** One control's service, from the data file. */
export interface EndpointService {
  control: string
  /** The part of the service name after `com.amazonaws.<region>.`: `ec2`, `ecr.api` … */
  service: string
  label: string
  /** FIPS variants that count as well (`ec2-fips`). */
  fipsServices: string[]
}

/** The service an FSBP control asks for. Throws when the data file has no entry (a programming error). */
export function endpointServiceFor(control: string): EndpointService {
  const entry = (data.services as EndpointService[]).find((s) => s.control === control)
  if (!entry) throw new Error(`data/vpc-endpoint-services.json has no entry for ${control}`)
  return entry
}

/**
 * The service part of an endpoint service name: `com.amazonaws.us-east-1.ecr.api` → `ecr.api`.
 * Partition prefixes (`cn.com.amazonaws.cn-north-1.ec2`) and a region that a template leaves as
 * `${AWS::Region}` work too. Undefined for names of other shapes (endpoint services of other
 * accounts: `com.amazonaws.vpce.<region>.vpce-svc-…`).
 */
export function serviceOf(serviceName: string): string | undefined {
  const m = /(?:^|\.)com\.amazonaws\.([^.]+)\.(.+)$/.exec(serviceName)
  if (!m || m[1] === 'vpce') return undefined
  return m[2]
}

function servesService(endpoint: Pick<VpcEndpoint, 'serviceName'>, wanted: EndpointService): boolean {
  const svc = serviceOf(endpoint.serviceName)
  return svc !== undefined && (svc === wanted.service || wanted.fipsServices.includes(svc))
}

/** The messages of the six checks (they differ only in the service they name). */
const INTERFACE_ENDPOINT_MESSAGES = {
  present: 'VPC {{name}} reaches {{service}} through interface endpoint {{endpoint}}.',
  missing: 'VPC {{name}} has no interface endpoint for {{service}} (com.amazonaws.<region>.{{suffix}}).',
  'not-available': 'VPC {{name}} has an interface endpoint for {{service}} ({{endpoint}}), but it is {{state}}.',
}

/** Check metadata the six checks share; each adds its id, title and texts. */
function interfaceEndpointRemediation(wanted: EndpointService): CheckMeta['remediation'] {
  const svc = wanted.service
  return {
    text: `Create an interface endpoint for com.amazonaws.<region>.${svc} in the VPC, in a subnet of each Availability Zone the workloads use, with a security group that admits HTTPS (443) from the VPC and private DNS turned on so that the default service hostname resolves to the endpoint. An endpoint policy can narrow what may be called through it. Interface endpoints are billed per hour and per GB; for a VPC that never calls the service, suppress the finding instead.`,
    cli: `aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.${svc} --subnet-ids <subnet-a> <subnet-b> --security-group-ids <sg-allowing-443-from-vpc> --private-dns-enabled`,
    cloudformation: `Endpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref Vpc\n    VpcEndpointType: Interface\n    ServiceName: !Sub com.amazonaws.\${AWS::Region}.${svc}\n    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n    SecurityGroupIds: [!Ref EndpointSecurityGroup]\n    PrivateDnsEnabled: true`,
    terraform: `resource "aws_vpc_endpoint" "${svc.replace(/[.-]/g, '_')}" {\n  vpc_id              = aws_vpc.main.id\n  vpc_endpoint_type   = "Interface"\n  service_name        = "com.amazonaws.\${data.aws_region.current.name}.${svc}"\n  subnet_ids          = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  security_group_ids  = [aws_security_group.endpoints.id]\n  private_dns_enabled = true\n}`,
  }
}

/**
 * The verdict for one VPC. Passes on an available interface endpoint of the VPC for the service;
 * a matching endpoint that is pending, rejected or failed carries no traffic and fails. Gateway
 * and Gateway Load Balancer endpoints do not count (the controls ask for an interface endpoint).
 * An endpoint whose VPC, service name or type a template leaves unresolved makes the verdict
 * unknown through the engine's read tracking.
 */
function interfaceEndpointVerdict(vpc: Vpc, wanted: EndpointService, { pass, fail, inventory }: CheckContext): Verdict {
  const data = { name: vpc.name, service: wanted.label, suffix: wanted.service }
  // Reading every endpoint's vpcId (not only the index hit) lets an unresolved VpcId in a template taint the verdict.
  const own = inventory.list('ec2.vpc-endpoint', { region: vpc.region }).filter((e) => e.vpcId === vpc.id)
  const matching = own.filter((e) => e.endpointType === 'Interface' && servesService(e, wanted))
  const available = matching.find((e) => e.state === 'available')
  if (available) return pass('present', { ...data, endpoint: available.id })
  const other = matching[0]
  if (other) return fail('not-available', { data: { ...data, endpoint: other.id, state: other.state } })
  return fail('missing', { data })
}

/** What one interface endpoint check says of its own service; the rest of its metadata is shared. */
export interface InterfaceEndpointCheckSpec<Id extends string> {
  id: Id
  /** The FSBP control, the key into data/vpc-endpoint-services.json. */
  control: string
  title: string
  /** How the service is named in the risk text ("Amazon EC2 API"). */
  riskName: string
  /** One or two sentences: who in a VPC calls the service, and for what. */
  callers: string
}

/**
 * One of the six ec2-vpc-interface-endpoint-* checks. They differ only in the service (from the
 * data file) and the sentences naming it, so the metadata and verdict are built here once.
 */
export function defineInterfaceEndpointCheck<const Id extends string>(spec: InterfaceEndpointCheckSpec<Id>) {
  const wanted = endpointServiceFor(spec.control)
  const fips = wanted.fipsServices.length ? ` (or its FIPS variant, ${wanted.fipsServices.join(', ')})` : ''
  return defineCheck({
    meta: {
      id: spec.id,
      resourceType: 'ec2.vpc',
      reads: ['ec2.vpc-endpoint'],
      title: spec.title,
      severity: 'medium',
      categories: ['network'],
      description: `Passes when the VPC has an available interface VPC endpoint (AWS PrivateLink) for com.amazonaws.<region>.${wanted.service}${fips}. Gateway endpoints, and endpoints that are pending, rejected or failed, do not count. ${spec.callers} Like AWS's control, the check looks at every VPC the account owns, so a VPC that never calls the service fails too: suppress those findings or leave the check out.`,
      risk: `Without the endpoint, calls to ${spec.riskName} from the VPC leave through a NAT gateway or internet gateway for the public service endpoint: private subnets need a route out for them, the calls cannot be narrowed with an endpoint policy, and IAM policies cannot require that requests come through the VPC (aws:SourceVpce).`,
      remediation: interfaceEndpointRemediation(wanted),
      messages: INTERFACE_ENDPOINT_MESSAGES,
    },
    evaluate(vpc, ctx) {
      return interfaceEndpointVerdict(vpc, wanted, ctx)
    },
  })
}
