# --- Well-configured functions ----------------------------------------------------------------

# Deployment packages must be signed with the team's own signing profile.
resource "aws_signer_signing_profile" "orders" {
  name        = "orders_${var.stage}"
  platform_id = "AWSLambda-SHA384-ECDSA"
}

resource "aws_lambda_code_signing_config" "orders" {
  allowed_publishers {
    signing_profile_version_arns = [aws_signer_signing_profile.orders.version_arn]
  }
  policies {
    untrusted_artifact_on_deployment = "Enforce"
  }
}

resource "aws_lambda_function" "create_order" {
  function_name                  = "${local.prefix}-create"
  role                           = aws_iam_role.create_order.arn
  handler                        = "create.handler"
  runtime                        = "nodejs24.x"
  architectures                  = ["arm64"]
  memory_size                    = 256
  timeout                        = 10
  filename                       = "build/orders.zip"
  kms_key_arn                    = aws_kms_key.orders.arn
  code_signing_config_arn        = aws_lambda_code_signing_config.orders.arn
  reserved_concurrent_executions = local.is_prod ? 50 : 5

  tracing_config {
    mode = "Active"
  }

  dead_letter_config {
    target_arn = aws_sqs_queue.dead_letters.arn
  }

  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.functions.id]
  }

  environment {
    variables = {
      TABLE_NAME             = aws_dynamodb_table.orders.name
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db_password.arn
    }
  }

  tags = local.tags
}

resource "aws_lambda_function_url" "create_order" {
  function_name      = aws_lambda_function.create_order.function_name
  authorization_type = "AWS_IAM"
}

# POST /orders through an HTTP API that requires IAM-signed requests.
resource "aws_apigatewayv2_api" "orders" {
  name          = "${local.prefix}-api"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "create_order" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_function.create_order.invoke_arn
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_route" "create_order" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "POST /orders"
  authorization_type = "AWS_IAM"
  target             = "integrations/${aws_apigatewayv2_integration.create_order.id}"
}

resource "aws_lambda_permission" "create_order_api" {
  statement_id  = "AllowOrdersApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.create_order.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.orders.execution_arn}/*/POST/orders"
}

resource "aws_lambda_function" "process_order_events" {
  function_name                  = "${local.prefix}-process-events"
  role                           = aws_iam_role.process_order_events.arn
  handler                        = "process.handler"
  runtime                        = "nodejs24.x"
  architectures                  = ["arm64"]
  memory_size                    = 256
  timeout                        = 10
  filename                       = "build/orders.zip"
  kms_key_arn                    = aws_kms_key.orders.arn
  code_signing_config_arn        = aws_lambda_code_signing_config.orders.arn
  reserved_concurrent_executions = 10

  tracing_config {
    mode = "Active"
  }

  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = [aws_security_group.functions.id]
  }

  environment {
    variables = {
      TABLE_NAME = aws_dynamodb_table.orders.name
    }
  }

  tags = local.tags
}

resource "aws_lambda_function_event_invoke_config" "process_order_events" {
  function_name          = aws_lambda_function.process_order_events.function_name
  maximum_retry_attempts = 2

  destination_config {
    on_failure {
      destination = aws_sqs_queue.dead_letters.arn
    }
  }
}

resource "aws_lambda_event_source_mapping" "order_events" {
  event_source_arn = aws_sqs_queue.order_events.arn
  function_name    = aws_lambda_function.process_order_events.arn
  batch_size       = 10
}

# --- Deliberately weak functions --------------------------------------------------------------

# A payment provider calls this webhook. Weaknesses: a public URL without authentication, CORS
# open to every origin, an API key and a password in plain environment variables, a deprecated
# runtime, and the shared administrator role.
resource "aws_lambda_function" "payment_webhook" {
  function_name = "${local.prefix}-payment-webhook"
  role          = aws_iam_role.shared_admin.arn
  handler       = "webhook.handler"
  runtime       = "python3.8"
  architectures = ["arm64"]
  memory_size   = 256
  timeout       = 10
  filename      = "build/webhook.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      TABLE_NAME      = aws_dynamodb_table.orders.name
      PAYMENT_API_KEY = "sk_live_51HzQeEXAMPLEc0ffeeKeyN0tRealAtAll42"
      DB_PASSWORD     = "Winter2024-orders-db!"
    }
  }

  tags = local.tags
}

resource "aws_lambda_function_url" "payment_webhook" {
  function_name      = aws_lambda_function.payment_webhook.function_name
  authorization_type = "NONE"

  cors {
    allow_origins = ["*"]
    allow_methods = ["*"]
  }
}

resource "aws_lambda_permission" "payment_webhook_url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.payment_webhook.function_name
  principal              = "*"
  function_url_auth_type = "NONE"
}

# Runs every night, asynchronously: failures vanish without a destination. It shares the
# administrator role with the webhook and has no reserved concurrency (suppressed below).
# clearsky:ignore lambda-reserved-concurrency-set one run per night; throttling cannot hurt it
resource "aws_lambda_function" "nightly_report" {
  function_name = "${local.prefix}-nightly-report"
  role          = aws_iam_role.shared_admin.arn
  handler       = "report.handler"
  runtime       = "nodejs24.x"
  architectures = ["arm64"]
  memory_size   = 256
  timeout       = 10
  filename      = "build/orders.zip"

  tracing_config {
    mode = "PassThrough"
  }

  environment {
    variables = {
      TABLE_NAME = aws_dynamodb_table.orders.name
    }
  }

  tags = local.tags
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "${local.prefix}-nightly-report"
  schedule_expression = "cron(0 3 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.nightly_report.arn
}

resource "aws_lambda_permission" "nightly" {
  statement_id  = "AllowNightlySchedule"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.nightly_report.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.nightly.arn
}
