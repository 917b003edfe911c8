import check from './ec2-vpc-interface-endpoint-ec2.js'
import { testCheck } from '../../../test/check-tester.js'
import { interfaceEndpointTables } from '../../../test/builders/vpc-interface-endpoint.js'

const { iac, ...cases } = interfaceEndpointTables('EC2.10')

testCheck(check, { ...cases, iac: { cloudformation: iac.cloudformation, terraform: iac.terraform } })
