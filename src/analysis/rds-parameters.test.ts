import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { compareVersions, isOn, transitDefault, transitRuleFor, watchedParameters } from './rds-parameters.js'
import { templateParameters } from './rds-parameter-defaults.js'

describe('RDS parameter facts (data/rds-parameters.json)', () => {
  it('finds the TLS-only parameter by engine, editions included', () => {
    assert.equal(transitRuleFor('sqlserver-web')?.parameter, 'rds.force_ssl')
    assert.equal(transitRuleFor('mariadb')?.parameter, 'require_secure_transport')
    assert.equal(transitRuleFor('postgres'), undefined)
    assert.deepEqual(watchedParameters('aurora-mysql', 'cluster'), ['server_audit_logging', 'server_audit_events'])
    assert.deepEqual(watchedParameters('aurora-postgresql', 'cluster'), [])
  })

  it('compares versions by their numbers', () => {
    assert.ok(compareVersions('10.11.9', '10.5') > 0)
    assert.ok(compareVersions('10.4.34', '10.5') < 0)
    assert.equal(compareVersions('11.8', '11.8.0'), 0)
  })

  it('reads on-values without regard to case', () => {
    assert.ok(isOn('on', ['1', 'ON']))
    assert.ok(!isOn('OFF', ['1', 'ON']))
    assert.ok(!isOn(undefined, ['1']))
  })

  it('a MariaDB default depends on the version; SQL Server has one default', () => {
    const maria = transitRuleFor('mariadb')!
    assert.equal(transitDefault(maria, '10.11.9'), '0')
    assert.equal(transitDefault(maria, '11.8.2'), '1')
    assert.equal(transitDefault(maria, undefined), undefined)
    assert.equal(transitDefault(transitRuleFor('sqlserver-se')!, undefined), '0')
  })

  it('a template value wins over the default; an unknown default or value is reported, not guessed', () => {
    assert.deepEqual(templateParameters('mariadb', undefined, 'instance', { require_secure_transport: 'ON' }), { values: { require_secure_transport: 'ON' }, unknown: [] })
    assert.deepEqual(templateParameters('mariadb', undefined, 'instance', {}), { values: {}, unknown: ['require_secure_transport'] })
    assert.deepEqual(templateParameters('sqlserver-se', undefined, 'instance', { 'rds.force_ssl': null }), { values: {}, unknown: ['rds.force_ssl'] })
    // Aurora MySQL's default names no audit events: an empty value is no value.
    assert.deepEqual(templateParameters('aurora-mysql', undefined, 'cluster', {}), { values: { server_audit_logging: '0' }, unknown: [] })
  })
})
