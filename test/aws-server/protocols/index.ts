import type { ProtocolName } from '../services/types.js'
import { ec2Query } from './ec2-query.js'
import { jsonRpc } from './json-rpc.js'
import type { Protocol } from './protocol.js'
import { query } from './query.js'
import { restJson } from './rest-json.js'
import { restXml } from './rest-xml.js'

export const PROTOCOLS: Record<ProtocolName, Protocol> = {
  'rest-json': restJson,
  'json-1.0': jsonRpc,
  'json-1.1': jsonRpc,
  query,
  ec2: ec2Query,
  'rest-xml': restXml,
}
