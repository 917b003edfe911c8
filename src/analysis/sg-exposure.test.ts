import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { allTrafficOpenToWorld, familyPorts, ruleProtocol, worldOpenPorts } from './sg-exposure.js'
import type { SecurityGroupRule } from '../model/ec2.js'

const r = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: 'tcp', ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })

describe('security group exposure', () => {
  it('protocol names and numbers', () => {
    assert.deepEqual(['-1', 'all', '6', 'TCP', '17', 'icmp'].map(ruleProtocol), ['all', 'all', 'tcp', 'tcp', 'udp', undefined])
  })

  it('every family in data/sensitive-ports.json has ranges with a source', () => {
    for (const f of ['ssh', 'rdp', 'cifs', 'ftp-telnet', 'database', 'other-high-risk'] as const) {
      const ports = familyPorts(f)
      assert.ok(ports.length > 0, f)
      for (const p of ports) assert.ok(p.from <= p.to && (p.protocol === 'tcp' || p.protocol === 'udp'), `${f} ${p.from}`)
    }
  })

  it('finds a port opened by a range, by all traffic, or by split CIDR blocks; not by group sources', () => {
    const mysql = familyPorts('database').filter((p) => p.from === 3306)
    assert.equal(worldOpenPorts([r({ fromPort: 3000, toPort: 3999, ipv4Ranges: ['0.0.0.0/0'] })], mysql).length, 1)
    assert.equal(worldOpenPorts([r({ protocol: '-1', ipv6Ranges: ['::/0'] })], mysql)[0]!.families.join(), 'ipv6')
    assert.equal(worldOpenPorts([r({ fromPort: 3306, toPort: 3306, ipv4Ranges: ['0.0.0.0/1'] }), r({ fromPort: 3306, toPort: 3306, ipv4Ranges: ['128.0.0.0/1'] })], mysql).length, 1)
    assert.equal(worldOpenPorts([r({ fromPort: 3306, toPort: 3306, securityGroupIds: ['sg-app'] }), r({ fromPort: 3306, toPort: 3306, ipv4Ranges: ['10.0.0.0/8'] })], mysql).length, 0)
    assert.equal(worldOpenPorts([r({ protocol: 'udp', fromPort: 3306, toPort: 3306, ipv4Ranges: ['0.0.0.0/0'] })], mysql).length, 0)
  })

  it('all traffic: protocol -1, or every TCP and every UDP port', () => {
    assert.deepEqual(allTrafficOpenToWorld([r({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] })]).families, ['ipv4'])
    assert.deepEqual(allTrafficOpenToWorld([r({ fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })]).families, [])
    assert.deepEqual(allTrafficOpenToWorld([r({ fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] }), r({ protocol: 'udp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] })]).ruleIndexes, [0, 1])
  })
})
