import type { ServiceErrorShapes } from '../errors.js'
import type { FixtureAccount, FixtureRegion } from '../fixture.js'

/**
 * Decoded request input. Protocol layers produce it (path + query + JSON body for REST-JSON,
 * the JSON body for JSON RPC, the nested form for query and EC2), so it is untyped here and
 * each handler reads the members it knows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Input = Record<string, any>

/** What a handler knows about the call it answers. */
export interface CallContext {
  account: FixtureAccount
  accountId: string
  region: string
  /** The region's resources (empty for an enabled region without any). */
  data: FixtureRegion
  callerArn: string
  /** `http://127.0.0.1:PORT`, for values that embed the endpoint (SQS queue URLs). */
  baseUrl: string
  /** The fixture's page-size ceiling for an operation of this service, if any. */
  fixturePageSize(operation: string): number | undefined
}

export interface OperationDef {
  /** REST-JSON only: the route, with `{Member}` placeholders. */
  http?: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE'
    path: string
    /** REST-XML (S3): a query key the request must carry (`policy` for `GET /{Bucket}?policy`). */
    query?: string
  }
  /** Quota family; defaults to the service's `defaultFamily`. */
  family?: string
  /**
   * The IAM action the call needs when it is not `<iamPrefix>:<Operation>` (API Gateway
   * authorizes every read as `apigateway:GET`). Logged and matched by deny rules.
   */
  iamAction?: string
  /** Name or ARN of the resource the call is about, for deny rules. */
  resource?: (input: Input, ctx: CallContext) => string | undefined
  /** Returns the output members (or throws ApiError). */
  handle(input: Input, ctx: CallContext): unknown
}

export type ProtocolName = 'rest-json' | 'json-1.0' | 'json-1.1' | 'query' | 'ec2' | 'rest-xml'

/** One fake service: its protocol, its error vocabulary and a table of operations. */
export interface ServiceDef {
  /** SigV4 signing name (credential scope service). */
  signingName: string
  /** IAM action prefix (`cloudwatch` for signing name `monitoring`). */
  iamPrefix: string
  protocol: ProtocolName
  /** JSON RPC: the X-Amz-Target prefix (`TrentService`). */
  target?: string
  /** Query and EC2: the Version parameter the SDK sends, and the response namespace. */
  apiVersion?: string
  xmlns?: string
  /** JSON services with the awsQueryCompatible trait also send `x-amzn-query-error`. */
  queryCompatible?: boolean
  /** Global services (IAM) keep one quota bucket and one data set whatever the signing region. */
  global?: boolean
  defaultFamily: string
  errors: ServiceErrorShapes
  operations: Record<string, OperationDef>
}
