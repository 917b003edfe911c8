import { defineCheck, type Verdict } from '../../core/check.js'
import { isWindowsFamily, runsAsRoot } from '../../analysis/ecs-user.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-non-root-user',
    resourceType: 'ecs.task-definition',
    title: 'ECS containers run as a non-root user',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that every Linux container definition names a non-root `user` (a uid other than 0, or a user name other than root). A container without `user` runs as the image\'s default user, which is root for most images, and fails. Task definitions whose runtime platform is a Windows Server family are skipped (Windows containers have no root user; see ecs-task-definition-windows-non-admin-user); one without a runtime platform is judged as Linux, as AWS does.',
    risk: 'A process running as root inside the container needs one kernel or runtime flaw to become root on the host, and can change everything in the container it runs in.',
    remediation: {
      text: 'Set `user` to an unprivileged uid:gid (and make the image work with it), then register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "user": "1000:1000" in each container definition, then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        User: "1000:1000"',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    user  = "1000:1000"\n  }])\n}',
    },
    messages: {
      'non-root': 'Every container of task definition {{name}} runs as a non-root user.',
      root: 'Container {{container}} of task definition {{name}} runs as {{user}}.',
    },
  },
  evaluate(td, { pass, fail, skip }) {
    if (isWindowsFamily(td.operatingSystemFamily)) return skip('Windows task definition')
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (runsAsRoot(c.user)) verdicts.push(fail('root', { data: { name: td.name, container: c.name, user: c.user ? `root (${c.user})` : 'the image default user (usually root)' }, at: `containers.${i}.user`, subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('non-root', { name: td.name })
  },
})
