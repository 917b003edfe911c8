import { defineCheck } from '../../core/check.js'
import { compareFargateVersions, fargateOsFamily, latestFargateVersion, type FargateOsFamily } from '../../analysis/fargate-platform.js'

export default defineCheck({
  meta: {
    id: 'ecs-fargate-latest-platform-version',
    resourceType: 'ecs.service',
    title: 'ECS Fargate service runs on the latest Fargate platform version',
    severity: 'medium',
    categories: ['lifecycle'],
    description: 'Checks the platform version of every ECS service that runs on Fargate (launch type FARGATE, or a FARGATE / FARGATE_SPOT capacity provider): `LATEST` (AWS\'s default when none is given) passes; a pinned version passes only when it is at least the latest version of its operating system family in data/fargate-platform-versions.json (Linux 1.4.0, Windows 1.0.0). Services on EC2 or external instances are skipped; a version that is not a number is reported as unknown, and so is a version between the two families\' latest (e.g. 1.0.0) when the service\'s operating system family is not known (a template whose task definition is defined elsewhere).',
    risk: 'A service pinned to an old platform version keeps running tasks on an older kernel and container runtime, without the fixes and security features of newer versions, and is retired once AWS deprecates that version.',
    remediation: {
      text: 'Set the service\'s platform version to LATEST (or to the current latest version) and force a new deployment so that the running tasks move to it.',
      cli: 'aws ecs update-service --cluster <cluster> --service <service> --platform-version LATEST --force-new-deployment',
      cloudformation: 'Service:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: !Ref Cluster\n    TaskDefinition: !Ref TaskDefinition\n    LaunchType: FARGATE\n    PlatformVersion: LATEST\n    NetworkConfiguration:\n      AwsvpcConfiguration: { Subnets: [!Ref PrivateSubnetA], AssignPublicIp: DISABLED }',
      terraform: 'resource "aws_ecs_service" "orders" {\n  name             = "orders"\n  cluster          = aws_ecs_cluster.prod.id\n  task_definition  = aws_ecs_task_definition.orders.arn\n  launch_type      = "FARGATE"\n  platform_version = "LATEST"\n\n  network_configuration {\n    subnets = [aws_subnet.private_a.id]\n  }\n}',
    },
    messages: {
      latest: 'Fargate service {{name}} runs on platform version {{version}}.',
      outdated: 'Fargate service {{name}} is pinned to platform version {{version}}; the latest {{family}} version is {{latest}}.',
    },
  },
  evaluate(svc, { pass, fail, skip, unknown }) {
    const onFargate = svc.launchType === 'FARGATE' || (svc.capacityProviders ?? []).some((p) => p === 'FARGATE' || p === 'FARGATE_SPOT')
    if (!onFargate) return skip('the service does not run on Fargate')
    const version = svc.platformVersion ?? 'LATEST'
    if (version.toUpperCase() === 'LATEST') return pass('latest', { name: svc.name, version: 'LATEST' })
    // A template whose task definition is defined elsewhere cannot tell the operating system, and
    // the families have different latest versions (1.0.0 is current for Windows, old for Linux).
    const families: FargateOsFamily[] = svc.platformFamily === undefined ? ['linux', 'windows'] : [fargateOsFamily(svc.platformFamily)]
    const verdicts = families.map((family) => {
      const latest = latestFargateVersion(family)
      return { family, latest, cmp: latest === undefined ? undefined : compareFargateVersions(version, latest) }
    })
    if (verdicts.some((v) => v.cmp === undefined)) return unknown(`platform version ${version} cannot be compared with data/fargate-platform-versions.json`, { at: 'platformVersion' })
    const outdated = verdicts.filter((v) => v.cmp! < 0)
    if (!outdated.length) return pass('latest', { name: svc.name, version })
    if (outdated.length < verdicts.length) return unknown(`platform version ${version} is current for one operating system family but outdated for the other, and the service's family is not known`, { at: 'platformFamily' })
    const first = outdated[0]!
    return fail('outdated', { data: { name: svc.name, version, family: first.family === 'windows' ? 'Windows' : 'Linux', latest: first.latest ?? '' }, at: 'platformVersion' })
  },
})
