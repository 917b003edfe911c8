# Log groups with retention and encryption, and an errors alarm per well-configured function.

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
