import { defineCheck, type Verdict } from '../../core/check.js'
import { isWindowsFamily } from '../../analysis/ecs-user.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-readonly-root-filesystem',
    resourceType: 'ecs.task-definition',
    title: 'ECS containers have a read-only root file system',
    severity: 'high',
    categories: ['least-privilege'],
    description: 'Checks that every container definition sets readonlyRootFilesystem to true; writable paths the application needs can be mounted as volumes (bind mounts or EFS). Windows containers do not support the setting: task definitions whose runtime platform is a Windows Server family are skipped, as AWS does.',
    risk: 'A writable root file system lets an attacker who gets code execution in the container drop tools, alter binaries and configuration, and persist across requests.',
    remediation: {
      text: 'Set readonlyRootFilesystem to true, mount volumes for the directories the application writes to (for example /tmp), and register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "readonlyRootFilesystem": true in each container definition, then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        ReadonlyRootFilesystem: true',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name                   = "app"\n    image                  = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    readonlyRootFilesystem = true\n  }])\n}',
    },
    messages: {
      readonly: 'Every container of task definition {{name}} has a read-only root file system.',
      writable: 'Container {{container}} of task definition {{name}} has a writable root file system.',
    },
  },
  evaluate(td, { pass, fail, skip }) {
    if (isWindowsFamily(td.operatingSystemFamily)) return skip('Windows containers have no read-only root file system setting')
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (!c.readonlyRootFilesystem) verdicts.push(fail('writable', { data: { name: td.name, container: c.name }, at: `containers.${i}.readonlyRootFilesystem`, subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('readonly', { name: td.name })
  },
})
