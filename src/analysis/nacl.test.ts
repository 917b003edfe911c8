import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { naclIngressOpenToWorld } from './nacl.js'
import type { NetworkAclEntry } from '../model/ec2.js'

const e = (over: Partial<NetworkAclEntry> & { ruleNumber: number }): NetworkAclEntry => ({ egress: false, action: 'allow', protocol: '6', cidr: '0.0.0.0/0', ...over })
const CATCH_ALL = e({ ruleNumber: 32767, action: 'deny', protocol: '-1' })

describe('naclIngressOpenToWorld', () => {
  it('the lowest rule number decides, whatever the list order', () => {
    const entries = [e({ ruleNumber: 200, protocol: '-1' }), e({ ruleNumber: 100, action: 'deny', portRange: { from: 22, to: 22 } }), CATCH_ALL]
    assert.deepEqual(naclIngressOpenToWorld(entries, 'tcp', 22, 'ipv4'), { open: false })
    assert.deepEqual(naclIngressOpenToWorld(entries, 'tcp', 3389, 'ipv4'), { open: true, ruleNumber: 200 })
  })

  it('a deny for part of the internet leaves the rest open; two halves close it', () => {
    const partial = [e({ ruleNumber: 10, action: 'deny', cidr: '198.51.100.0/24', portRange: { from: 22, to: 22 } }), e({ ruleNumber: 20, portRange: { from: 0, to: 1023 } }), CATCH_ALL]
    assert.equal(naclIngressOpenToWorld(partial, 'tcp', 22, 'ipv4').open, true)
    const halves = [e({ ruleNumber: 10, action: 'deny', cidr: '0.0.0.0/1', protocol: '-1' }), e({ ruleNumber: 11, action: 'deny', cidr: '128.0.0.0/1', protocol: '-1' }), e({ ruleNumber: 20, protocol: '-1' }), CATCH_ALL]
    assert.equal(naclIngressOpenToWorld(halves, 'tcp', 22, 'ipv4').open, false)
  })

  it('allows for narrower ranges are not "open to the world"; families, protocols and directions are kept apart', () => {
    const entries = [e({ ruleNumber: 10, cidr: '203.0.113.0/24', portRange: { from: 22, to: 22 } }), e({ ruleNumber: 20, protocol: '17', portRange: { from: 3389, to: 3389 } }), e({ ruleNumber: 30, egress: true, protocol: '-1' }), e({ ruleNumber: 40, cidr: undefined, ipv6Cidr: '::/0', portRange: { from: 22, to: 22 } }), CATCH_ALL]
    assert.equal(naclIngressOpenToWorld(entries, 'tcp', 22, 'ipv4').open, false)
    assert.equal(naclIngressOpenToWorld(entries, 'tcp', 3389, 'ipv4').open, false)
    assert.equal(naclIngressOpenToWorld(entries, 'udp', 3389, 'ipv4').open, true)
    assert.equal(naclIngressOpenToWorld(entries, 'tcp', 22, 'ipv6').open, true)
  })
})
