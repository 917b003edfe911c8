# Keys, tables, secrets, queues and topics the functions use.

data "aws_iam_policy_document" "orders_key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "LogsEncrypt"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.us-east-1.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:aws:logs:us-east-1:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/${local.prefix}-*"]
    }
  }
}

resource "aws_kms_key" "orders" {
  description         = "Encrypts order data, logs and function environments"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.orders_key.json
  tags                = local.tags
}

resource "aws_dynamodb_table" "orders" {
  name         = "${local.prefix}-orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.orders.arn
  }
}

resource "aws_secretsmanager_secret" "db_password" {
  name       = "${local.prefix}/db-password"
  kms_key_id = aws_kms_key.orders.arn
}

resource "aws_sqs_queue" "dead_letters" {
  name              = "${local.prefix}-dead-letters"
  kms_master_key_id = aws_kms_key.orders.id
}

resource "aws_sqs_queue" "order_events" {
  name              = "${local.prefix}-order-events"
  kms_master_key_id = aws_kms_key.orders.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sns_topic" "alerts" {
  name              = "${local.prefix}-alerts"
  kms_master_key_id = aws_kms_key.orders.id
}
