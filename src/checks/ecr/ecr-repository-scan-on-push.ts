import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-scan-on-push',
    resourceType: 'ecr.repository',
    title: 'ECR repository scans images for vulnerabilities',
    severity: 'high',
    categories: ['supply-chain'],
    description: 'Checks that images pushed to a private repository are scanned: the registry\'s enhanced scanning (Amazon Inspector) with a scan-on-push or continuous rule matching the repository passes, as does basic scanning on push (the registry\'s rule or the repository\'s own setting). A registry in enhanced mode whose rules do not match the repository fails even if the repository-level flag is on, because that flag is ignored in enhanced mode.',
    risk: 'Images with known-vulnerable packages reach production unnoticed; nobody is told when a new CVE affects an image that is already deployed.',
    remediation: {
      text: 'Turn on enhanced scanning for the registry with a rule that matches every repository (continuous scanning is best), or at least basic scan on push.',
      cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'\naws ecr put-image-scanning-configuration --repository-name <name> --image-scanning-configuration scanOnPush=true',
      cloudformation: 'Repository:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryName: orders\n    ImageTagMutability: IMMUTABLE\n    ImageScanningConfiguration: { ScanOnPush: true }',
      terraform: 'resource "aws_ecr_repository" "orders" {\n  name                 = "orders"\n  image_tag_mutability = "IMMUTABLE"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
    },
    messages: {
      enhanced: 'Repository {{name}} is covered by enhanced scanning ({{frequency}}).',
      basic: 'Repository {{name}} scans images on push (basic scanning).',
      'not-scanned': 'Images pushed to repository {{name}} are not scanned for vulnerabilities.',
    },
  },
  evaluate(repo, { pass, fail }) {
    const registry = repo.registryScanning
    if (registry?.type === 'ENHANCED') {
      if (registry.frequency !== 'MANUAL') return pass('enhanced', { name: repo.name, frequency: registry.frequency === 'CONTINUOUS_SCAN' ? 'continuous' : 'on push' })
      return fail('not-scanned', { data: { name: repo.name }, at: 'registryScanning' })
    }
    if (registry?.frequency === 'SCAN_ON_PUSH' || repo.scanOnPush) return pass('basic', { name: repo.name })
    return fail('not-scanned', { data: { name: repo.name }, at: 'scanOnPush' })
  },
})
