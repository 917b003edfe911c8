/**
 * The Multi-Region Access Point and directory bucket adapters of both IaC sources (FSBP S3.24,
 * S3.25): AWS's and the provider's defaults for Block Public Access, lifecycle rules with their
 * expiration, and a lifecycle configuration whose bucket the configuration cannot name
 * (unresolved, never "no lifecycle").
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ResourceOf, ResourceType } from '../../src/model/resource-types.js'
import type { IacScan } from '../../src/sources/iac/load.js'
import { asTemplate, loadSnippet } from './snippets.js'
import { loadTerraform } from './terraform/snippets.js'

function only<T extends ResourceType>(scan: IacScan, type: T): ResourceOf<T> {
  const list = (scan.inventory.resources[type] ?? []) as ResourceOf<T>[]
  assert.equal(list.length, 1, `expected one ${type}, got ${list.length}`)
  return list[0]!
}

const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
const tfMrap = (block: string) => `resource "aws_s3control_multi_region_access_point" "g" {\n  details {\n    name = "orders-global"\n${block}    region {\n      bucket = "orders-us"\n    }\n    region {\n      bucket = "orders-eu"\n    }\n  }\n}\n`
const tfDirectory = 'resource "aws_s3_directory_bucket" "scratch" {\n  bucket = "scratch--use1-az4--x-s3"\n  location {\n    name = "use1-az4"\n  }\n}\n'

describe('S3 adapters for Multi-Region Access Points and directory buckets', () => {
  it('CloudFormation Multi-Region Access Point: all on without a configuration, unnamed settings off with one', () => {
    const bare = only(loadSnippet(asTemplate('Type: AWS::S3::MultiRegionAccessPoint\nProperties:\n  Name: orders-global\n  Regions: [{ Bucket: orders-us }, { Bucket: orders-eu }]\n')), 's3.multi-region-access-point')
    assert.deepEqual(bare.publicAccessBlock, ALL_ON)
    assert.equal(bare.region, 'global')
    assert.deepEqual(bare.buckets.map((b) => b.bucket), ['orders-us', 'orders-eu'])
    const partial = only(loadSnippet(asTemplate('Type: AWS::S3::MultiRegionAccessPoint\nProperties:\n  Name: g\n  Regions: [{ Bucket: b }]\n  PublicAccessBlockConfiguration: { BlockPublicAcls: true }\n')), 's3.multi-region-access-point')
    assert.deepEqual(partial.publicAccessBlock, { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false })
  })

  it('Terraform Multi-Region Access Point: the provider defaults every unset setting to true', () => {
    const bare = only(loadTerraform(tfMrap('')), 's3.multi-region-access-point')
    assert.deepEqual(bare.publicAccessBlock, ALL_ON)
    assert.equal(bare.name, 'orders-global')
    assert.equal(bare.buckets.length, 2)
    const partial = only(loadTerraform(tfMrap('    public_access_block {\n      block_public_policy = false\n    }\n')), 's3.multi-region-access-point')
    assert.deepEqual(partial.publicAccessBlock, { ...ALL_ON, blockPublicPolicy: false })
    const fromVar = only(loadTerraform(`variable "open" {\n  type = bool\n}\n${tfMrap('    public_access_block {\n      restrict_public_buckets = var.open\n    }\n')}`), 's3.multi-region-access-point')
    assert.ok(fromVar.unresolved?.publicAccessBlock)
  })

  it('CloudFormation directory bucket: rules with expiration and upload clean-up; a rule list from a parameter is unresolved', () => {
    const b = only(loadSnippet(asTemplate('Type: AWS::S3Express::DirectoryBucket\nProperties:\n  BucketName: scratch--use1-az4--x-s3\n  DataRedundancy: SingleAvailabilityZone\n  LocationName: use1-az4\n  LifecycleConfiguration:\n    Rules:\n      - { Id: e, Status: Enabled, ExpirationInDays: 30, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }\n')), 's3.directory-bucket')
    assert.equal(b.name, 'scratch--use1-az4--x-s3')
    assert.deepEqual(b.lifecycleRules, [{ id: 'e', enabled: true, expirationDays: 30, abortIncompleteUploadDays: 7 }])
    const param = only(loadSnippet('Parameters:\n  Rules: { Type: String }\nResources:\n  B:\n    Type: AWS::S3Express::DirectoryBucket\n    Properties:\n      DataRedundancy: SingleAvailabilityZone\n      LocationName: use1-az4\n      LifecycleConfiguration:\n        Rules: !Ref Rules\n'), 's3.directory-bucket')
    assert.ok(param.unresolved?.lifecycleRules)
  })

  it('Terraform directory bucket: joined to the lifecycle configuration naming it; an unresolvable link is unresolved', () => {
    const lifecycle = (bucket: string) => `\nresource "aws_s3_bucket_lifecycle_configuration" "l" {\n  bucket = ${bucket}\n  rule {\n    id     = "e"\n    status = "Enabled"\n    expiration {\n      days = 30\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n`
    const joined = only(loadTerraform(tfDirectory + lifecycle('aws_s3_directory_bucket.scratch.id')), 's3.directory-bucket')
    assert.deepEqual(joined.lifecycleRules, [{ id: 'e', enabled: true, expirationDays: 30, abortIncompleteUploadDays: 7 }])
    assert.equal(joined.unresolved, undefined)
    const none = only(loadTerraform(tfDirectory + lifecycle('"another-bucket"')), 's3.directory-bucket')
    assert.deepEqual(none.lifecycleRules, [])
    assert.equal(none.unresolved, undefined)
    const unknown = only(loadTerraform(`variable "bucket" {\n  type = string\n}\n${tfDirectory}${lifecycle('var.bucket')}`), 's3.directory-bucket')
    assert.deepEqual(unknown.lifecycleRules, [])
    assert.ok(unknown.unresolved?.lifecycleRules)
  })
})
