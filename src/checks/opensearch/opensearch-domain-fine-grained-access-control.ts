import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-fine-grained-access-control',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain has fine-grained access control',
    severity: 'high',
    categories: ['least-privilege'],
    description: 'Checks that fine-grained access control (the security plugin: roles with index-, document- and field-level permissions, mapped to IAM principals or internal users) is on for each OpenSearch Service domain. It requires HTTPS, node-to-node encryption and encryption at rest.',
    risk: 'Without it, anyone the access policy lets in can read and write every index; there is no way to give one application access to its own indexes only, and no audit log.',
    remediation: {
      text: 'Enable fine-grained access control with an IAM role as master user (domains created before can enable it in place, but the change is one-way).',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options \'Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}\'',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  EncryptionAtRestOptions: { Enabled: true }\n  NodeToNodeEncryptionOptions: { Enabled: true }\n  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10 }\n  AdvancedSecurityOptions:\n    Enabled: true\n    InternalUserDatabaseEnabled: false\n    MasterUserOptions:\n      MasterUserARN: !GetAtt SearchAdminRole.Arn',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  advanced_security_options {\n    enabled                        = true\n    internal_user_database_enabled = false\n    master_user_options {\n      master_user_arn = aws_iam_role.search_admin.arn\n    }\n  }\n}',
    },
    messages: {
      enabled: 'OpenSearch domain {{name}} has fine-grained access control.',
      disabled: 'OpenSearch domain {{name}} has no fine-grained access control.',
    },
  },
  evaluate(d, { pass, fail }) {
    return d.fineGrainedAccessControl ? pass('enabled', { name: d.name }) : fail('disabled', { data: { name: d.name }, at: 'fineGrainedAccessControl' })
  },
})
