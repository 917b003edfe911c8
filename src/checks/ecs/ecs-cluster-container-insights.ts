import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-cluster-container-insights',
    resourceType: 'ecs.cluster',
    title: 'ECS cluster has Container Insights on',
    severity: 'low',
    categories: ['monitoring'],
    description: 'Checks the containerInsights setting of each cluster: enabled or enhanced passes; disabled (or unset, which follows the account default, off unless changed) fails.',
    risk: 'Without Container Insights, CPU, memory, network and task-restart metrics per service and task are not collected: resource exhaustion, crash loops and unusual activity (a crypto-miner) are hard to notice.',
    remediation: {
      text: 'Turn on Container Insights for the cluster (enhanced observability gives per-container detail); set the account default so new clusters get it too.',
      cli: 'aws ecs update-cluster-settings --cluster <cluster> --settings name=containerInsights,value=enhanced\naws ecs put-account-setting-default --name containerInsights --value enhanced',
      cloudformation: 'Cluster:\n  Type: AWS::ECS::Cluster\n  Properties:\n    ClusterSettings: [{ Name: containerInsights, Value: enhanced }]',
      terraform: 'resource "aws_ecs_cluster" "prod" {\n  name = "prod"\n\n  setting {\n    name  = "containerInsights"\n    value = "enhanced"\n  }\n}',
    },
    messages: {
      enabled: 'Container Insights is {{setting}} for cluster {{name}}.',
      disabled: 'Container Insights is off for cluster {{name}}.',
    },
  },
  evaluate(cluster, { pass, fail }) {
    const setting = cluster.containerInsights ?? 'disabled'
    return setting === 'enabled' || setting === 'enhanced' ? pass('enabled', { name: cluster.name, setting }) : fail('disabled', { data: { name: cluster.name }, at: 'containerInsights' })
  },
})
