# Log groups with retention and encryption, and alarms on errors, throttles and duration for
# each well-configured function, plus one on the depth of the dead-letter queue.

locals {
  watched_functions = {
    create_order         = aws_lambda_function.create_order.function_name
    process_order_events = aws_lambda_function.process_order_events.function_name
  }
}

resource "aws_cloudwatch_log_group" "functions" {
  for_each          = local.watched_functions
  name              = "/aws/lambda/${each.value}"
  retention_in_days = 90
  kms_key_id        = aws_kms_key.orders.arn
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  for_each            = local.watched_functions
  alarm_name          = "${each.value}-errors"
  alarm_description   = "Errors in ${each.key}"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = each.value }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "throttles" {
  for_each            = local.watched_functions
  alarm_name          = "${each.value}-throttles"
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = { FunctionName = each.value }
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "duration" {
  for_each            = local.watched_functions
  alarm_name          = "${each.value}-duration"
  namespace           = "AWS/Lambda"
  metric_name         = "Duration"
  dimensions          = { FunctionName = each.value }
  extended_statistic  = "p99"
  period              = 300
  evaluation_periods  = 1
  threshold           = 8000
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  alarm_name          = "${local.prefix}-dead-letters"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.dead_letters.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
