import { defineCheck, type Verdict } from '../../core/check.js'
import { isWindowsFamily, runsAsWindowsAdministrator } from '../../analysis/ecs-user.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-windows-non-admin-user',
    resourceType: 'ecs.task-definition',
    title: 'ECS Windows containers run as a non-administrator user',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that every container definition of a Windows task definition names a `user` other than ContainerAdministrator (compared without case). A container without `user` runs as the image\'s default account, ContainerAdministrator in the Windows Server base images, and fails. Like the AWS control, task definitions that declare no runtime platform are judged too (EC2 Windows task definitions usually declare none), so a container without `user` in one of them fails here as well as in the Linux check; task definitions declared LINUX are skipped.',
    risk: 'ContainerAdministrator has full control inside the container: a compromised process can change any file or service of the container, and needs one isolation flaw to reach the host.',
    remediation: {
      text: 'Set `user` to ContainerUser (the unprivileged account of the Windows base images) or another non-administrator account the image provides, then register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "user": "ContainerUser" in each container definition, then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: web\n    RequiresCompatibilities: [FARGATE]\n    NetworkMode: awsvpc\n    Cpu: "1024"\n    Memory: "2048"\n    RuntimePlatform:\n      OperatingSystemFamily: WINDOWS_SERVER_2022_CORE\n    ContainerDefinitions:\n      - Name: iis\n        Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n        User: ContainerUser',
      terraform: 'resource "aws_ecs_task_definition" "web" {\n  family                   = "web"\n  requires_compatibilities = ["FARGATE"]\n  network_mode             = "awsvpc"\n  cpu                      = "1024"\n  memory                   = "2048"\n  runtime_platform {\n    operating_system_family = "WINDOWS_SERVER_2022_CORE"\n  }\n  container_definitions = jsonencode([{\n    name  = "iis"\n    image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"\n    user  = "ContainerUser"\n  }])\n}',
    },
    messages: {
      'non-admin': 'Every container of task definition {{name}} names a non-administrator user.',
      admin: 'Container {{container}} of task definition {{name}} runs as ContainerAdministrator.',
      'no-user': 'Container {{container}} of task definition {{name}} names no user; a Windows container then runs as the image default, ContainerAdministrator.',
    },
  },
  evaluate(td, { pass, fail, skip }) {
    if (td.operatingSystemFamily !== undefined && !isWindowsFamily(td.operatingSystemFamily)) return skip(`${td.operatingSystemFamily} task definition`)
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (runsAsWindowsAdministrator(c.user)) verdicts.push(fail(c.user ? 'admin' : 'no-user', { data: { name: td.name, container: c.name }, at: `containers.${i}.user`, subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('non-admin', { name: td.name })
  },
})
