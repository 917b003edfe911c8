/**
 * AWS::S3Express::DirectoryBucket → `s3.directory-bucket`, with the lifecycle rules of its
 * LifecycleConfiguration property (the only way a template gives a directory bucket lifecycle
 * rules). A bucket without BucketName gets a generated `<name>--<zone-id>--x-s3` name.
 */
import type { S3DirectoryLifecycleRule } from '../../../model/s3.js'
import type { Stack } from '../stack.js'
import { isRecord, isUnresolved } from '../values.js'

export function adaptS3DirectoryBuckets(stack: Stack): void {
  for (const res of stack.ofType('AWS::S3Express::DirectoryBucket')) {
    const f = stack.fields(res)
    // Ref answers the bucket name; without BucketName, CloudFormation generates one.
    const name = f.str('name', ['BucketName']) ?? f.text('name', stack.ref(res))
    const arn = `arn:${stack.options.partition}:s3express:${stack.region}:${stack.options.accountId}:bucket/${name}`
    const rulesPath = ['LifecycleConfiguration', 'Rules']
    const rules = f.get(rulesPath)
    const lifecycleRules: S3DirectoryLifecycleRule[] = []
    if (isUnresolved(rules)) f.mark('lifecycleRules', rules.reason)
    else if (Array.isArray(rules))
      rules.forEach((r, i) => {
        if (!isRecord(r)) return
        const at = (...p: string[]) => [...rulesPath, i, ...p]
        const id = f.str(`lifecycleRules.${i}.id`, at('Id'))
        const expirationDays = f.num(`lifecycleRules.${i}.expirationDays`, at('ExpirationInDays'))
        const abortDays = f.num(`lifecycleRules.${i}.abortIncompleteUploadDays`, at('AbortIncompleteMultipartUpload', 'DaysAfterInitiation'))
        lifecycleRules.push({
          ...(id ? { id } : {}),
          enabled: f.str(`lifecycleRules.${i}.enabled`, at('Status')) === 'Enabled',
          ...(expirationDays !== undefined ? { expirationDays } : {}),
          ...(abortDays !== undefined ? { abortIncompleteUploadDays: abortDays } : {}),
        })
      })
    stack.emit('s3.directory-bucket', f.finish({ ...f.base(stack.resourceId(res), name, { arn }), lifecycleRules }), res)
  }
}
