import { defineCheck } from '../../core/check.js'
import { auroraMysqlVersionState, minimumAuroraMysqlVersion } from '../../analysis/aurora-mysql-versions.js'

export default defineCheck({
  meta: {
    id: 'rds-global-cluster-aurora-mysql-supported-version',
    resourceType: 'rds.global-cluster',
    title: 'Aurora MySQL global database runs a supported engine version',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Compares the engine version of every Aurora MySQL global database with data/aurora-mysql-versions.json (the parameters of Security Hub RDS.51): a version at or above the minimum supported version passes, and so does a listed long-term-support version; anything older fails, including every Aurora MySQL 1 and 2 version. Global databases of other engines (Aurora PostgreSQL) are skipped. A version string clearsky cannot read is reported as unknown.',
    risk: 'Engine versions past standard support stop getting security fixes and move onto paid RDS Extended Support; a global database on one also cannot add secondary regions on newer versions, and every region of it carries the same unpatched engine.',
    remediation: {
      text: 'Upgrade the global database to a supported Aurora MySQL 3 version (a major upgrade from version 2 is done on the global cluster, which upgrades every member). Test the upgrade on a clone first.',
      cli: 'aws rds modify-global-cluster --global-cluster-identifier <global-cluster> --engine-version 8.0.mysql_aurora.3.08.2 --allow-major-version-upgrade',
      cloudformation: 'GlobalDatabase:\n  Type: AWS::RDS::GlobalCluster\n  Properties:\n    GlobalClusterIdentifier: orders-global\n    Engine: aurora-mysql\n    EngineVersion: 8.0.mysql_aurora.3.08.2\n    StorageEncrypted: true',
      terraform: 'resource "aws_rds_global_cluster" "orders" {\n  global_cluster_identifier = "orders-global"\n  engine                    = "aurora-mysql"\n  engine_version            = "8.0.mysql_aurora.3.08.2"\n  storage_encrypted         = true\n}',
    },
    messages: {
      supported: 'Global database {{name}} runs Aurora MySQL {{version}}, at or above the minimum supported version {{minimum}}.',
      longTermSupport: 'Global database {{name}} runs Aurora MySQL {{version}}, a long-term-support version.',
      unsupported: 'Global database {{name}} runs Aurora MySQL {{version}}, below the minimum supported version {{minimum}} and not a long-term-support version.',
    },
  },
  evaluate(g, { pass, fail, skip, unknown }) {
    if (g.engine !== 'aurora-mysql' && g.engine !== 'aurora') return skip(`engine ${g.engine} is not Aurora MySQL`)
    const data = { name: g.name, version: g.engineVersion, minimum: minimumAuroraMysqlVersion() }
    switch (auroraMysqlVersionState(g.engineVersion)) {
      case 'supported':
        return pass('supported', data)
      case 'long-term-support':
        return pass('longTermSupport', data)
      case 'below-minimum':
        return fail('unsupported', { data, at: 'engineVersion' })
      default:
        return unknown(`engine version ${g.engineVersion} is not an Aurora MySQL version clearsky can read`, { at: 'engineVersion' })
    }
  },
})
