import check from './ecs-cluster-container-insights.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'enabled', resource: ecsCluster() }, { name: 'enhanced', resource: ecsCluster({ containerInsights: 'enhanced' }) }],
  invalid: [
    { name: 'disabled', resource: ecsCluster({ containerInsights: 'disabled' }), messageId: 'disabled', at: 'containerInsights' },
    { name: 'unset', resource: ecsCluster({ containerInsights: undefined }), messageId: 'disabled' },
  ],
  unknown: [{ name: 'setting from a parameter', resource: ecsCluster({ unresolved: { containerInsights: '!Ref Insights' } }) }],
  iac: {
    cloudformation: {
      good: ['Cluster:\n  Type: AWS::ECS::Cluster\n  Properties:\n    ClusterSettings: [{ Name: containerInsights, Value: enabled }]\n'],
      bad: ['Cluster:\n  Type: AWS::ECS::Cluster\n  Properties: { ClusterName: prod }\n'],
    },
    terraform: {
      good: ['resource "aws_ecs_cluster" "c" {\n  name = "prod"\n  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }\n}\n'],
      bad: ['resource "aws_ecs_cluster" "c" {\n  name = "prod"\n}\n'],
    },
  },
})
