data "aws_iam_policy_document" "lambda_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# --- One least-privilege role per well-configured function ---------------------------------

resource "aws_iam_role" "create_order" {
  name               = "${local.prefix}-create-order"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

data "aws_iam_policy_document" "create_order" {
  statement {
    sid       = "Orders"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"]
    resources = [aws_dynamodb_table.orders.arn]
  }
  statement {
    sid       = "DbPassword"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.db_password.arn]
  }
  statement {
    sid       = "Keys"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.orders.arn]
  }
  statement {
    sid       = "DeadLetters"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letters.arn]
  }
}

resource "aws_iam_role_policy" "create_order" {
  name   = "least-privilege"
  role   = aws_iam_role.create_order.id
  policy = data.aws_iam_policy_document.create_order.json
}

resource "aws_iam_role" "process_order_events" {
  name               = "${local.prefix}-process-order-events"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

resource "aws_iam_role_policy" "process_order_events" {
  name = "least-privilege"
  role = aws_iam_role.process_order_events.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Orders", Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:Query"], Resource = aws_dynamodb_table.orders.arn },
      { Sid = "Events", Effect = "Allow", Action = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], Resource = aws_sqs_queue.order_events.arn },
      { Sid = "Failures", Effect = "Allow", Action = "sqs:SendMessage", Resource = aws_sqs_queue.dead_letters.arn },
      { Sid = "Keys", Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = aws_kms_key.orders.arn },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "vpc_access" {
  for_each   = { create_order = aws_iam_role.create_order.name, process_order_events = aws_iam_role.process_order_events.name }
  role       = each.value
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_iam_role_policy_attachment" "tracing" {
  for_each   = toset([aws_iam_role.create_order.name, aws_iam_role.process_order_events.name])
  role       = each.key
  policy_arn = "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"
}

# --- Deliberately weak: one administrator role shared by two functions ---------------------

resource "aws_iam_role" "shared_admin" {
  name               = "${local.prefix}-shared-admin"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json
}

resource "aws_iam_role_policy_attachment" "shared_admin" {
  role       = aws_iam_role.shared_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
