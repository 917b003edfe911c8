import check from './ecs-task-definition-no-plaintext-secrets.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'
import { VALUE_SAMPLES } from '../../../test/secret-samples.js'

const tf = (env: string) => 'resource "aws_ecs_task_definition" "td" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name        = "app"\n    image       = "orders:1"\n    environment = [' + env + ']\n  }])\n}\n'

testCheck(check, {
  valid: [
    { name: 'harmless variables, secret by reference', resource: ecsTaskDefinition() },
    { name: 'ARN of a secret in the environment', resource: ecsTaskDefinition({ containers: [ecsContainer({ environment: { DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:orders/db-AbCdEf' } })] }) },
  ],
  invalid: [
    { name: 'password in a secret-named variable', resource: ecsTaskDefinition({ containers: [ecsContainer({ environment: { DB_PASSWORD: 'hunter2-but-longer' } })] }), messageId: 'secret', at: 'containers.0.environment.DB_PASSWORD' },
    { name: 'token format in a sidecar', resource: ecsTaskDefinition({ containers: [ecsContainer(), ecsContainer({ name: 'billing', environment: { PAYMENTS_KEY: VALUE_SAMPLES['stripe-secret-key']! } })] }), messageId: 'secret', count: 1 },
  ],
  unknown: [{ name: 'secret-named variable from a parameter', resource: ecsTaskDefinition({ containers: [ecsContainer({ environment: { API_TOKEN: '{{unresolved}}' } })], unresolved: { 'containers.0.environment.API_TOKEN': '!Ref Token' } }) }],
  skip: [{ name: 'no plain environment', resource: ecsTaskDefinition({ containers: [ecsContainer({ environment: {} })] }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", Environment: [{ Name: LOG_LEVEL, Value: info }], Secrets: [{ Name: DB_PASSWORD, ValueFrom: arn:aws:ssm:us-east-1:111122223333:parameter/db }] }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", Environment: [{ Name: DB_PASSWORD, Value: correct-horse-battery }] }]\n'],
    },
    terraform: { good: [tf('{ name = "LOG_LEVEL", value = "info" }')], bad: [tf('{ name = "DB_PASSWORD", value = "correct-horse-battery" }')] },
  },
})
