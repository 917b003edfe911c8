variable "stage" {
  description = "Deployment stage."
  type        = string
  default     = "prod"

  validation {
    condition     = contains(["dev", "prod"], var.stage)
    error_message = "stage must be dev or prod."
  }
}

variable "vpc_cidr" {
  description = "Address range of the VPC the functions run in."
  type        = string
  default     = "10.20.0.0/16"
}
