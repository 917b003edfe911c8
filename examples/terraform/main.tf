# Order API — a Terraform example for `clearsky scan iac`.
#
# The same application as examples/sam/template.yaml and examples/serverless/serverless.yml.
# create_order and process_order_events are configured the way the checks want;
# payment_webhook and nightly_report carry deliberate weaknesses (public function URL, shared
# administrator role, plaintext secrets, a deprecated runtime, no failure destination …).
# The secret values are fake. Do not apply this configuration.
#
# plan.json beside these files is a plan of this configuration (stage prod) in the format of
# `terraform show -json plan.out` (format 1.2), written by hand: the AWS provider could not be
# downloaded where it was made. `clearsky scan iac examples/terraform` reads the plan for values
# and these files for lines; copy the .tf files elsewhere to see the configuration evaluated alone.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

locals {
  prefix  = "orders-${var.stage}"
  is_prod = var.stage == "prod"
  tags = {
    app   = "orders"
    owner = "team-checkout"
    stage = var.stage
  }
}

data "aws_caller_identity" "current" {}
