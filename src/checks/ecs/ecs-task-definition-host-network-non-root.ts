import { defineCheck, type Verdict } from '../../core/check.js'
import { runsAsRoot } from '../../analysis/ecs-user.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-host-network-non-root',
    resourceType: 'ecs.task-definition',
    title: 'ECS tasks in host network mode do not run containers as root',
    severity: 'high',
    categories: ['network', 'least-privilege'],
    description: 'For task definitions in `host` network mode (the containers share the instance\'s network stack), checks that no container runs as root (no `user`, root or uid 0). Task definitions in awsvpc, bridge or none mode are skipped.',
    risk: 'A root process on the host network can bind any port on the instance, sniff or interfere with other tasks\' traffic and reach the instance metadata service with the instance role\'s credentials.',
    remediation: {
      text: 'Use the awsvpc network mode (each task gets its own interface and security groups); if host mode is needed, run the containers as an unprivileged user.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "networkMode": "awsvpc" (or a non-root "user" in each container), then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: awsvpc\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        User: "1000"',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family       = "orders"\n  network_mode = "awsvpc"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    user  = "1000"\n  }])\n}',
    },
    messages: {
      'not-host': 'Task definition {{name}} does not use the host network.',
      'host-non-root': 'Task definition {{name}} uses the host network with non-root containers only.',
      'host-root': 'Container {{container}} of task definition {{name}} runs as root on the host network.',
    },
  },
  evaluate(td, { pass, fail }) {
    if (td.networkMode !== 'host') return pass('not-host', { name: td.name })
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (runsAsRoot(c.user)) verdicts.push(fail('host-root', { data: { name: td.name, container: c.name }, at: 'networkMode', subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('host-non-root', { name: td.name })
  },
})
