import type { ResourceBase } from './common.js'

/** A metric a filter publishes for every matching log event. */
export interface MetricTransformation {
  metricName: string
  metricNamespace: string
  metricValue?: string
  /** Dimensions taken from the log event (`{ "user": "$.userIdentity.arn" }`). */
  dimensions?: Record<string, string>
}

/** `logs.metric-filter`: a CloudWatch Logs metric filter of a log group. */
export interface LogMetricFilter extends ResourceBase {
  logGroupName: string
  /** The filter pattern as written (`{ ($.eventName = ConsoleLogin) && … }`). */
  filterPattern: string
  metrics: MetricTransformation[]
}
