import { defineCheck, type Verdict } from '../../core/check.js'
import type { CodeInspection } from '../../model/lambda.js'
import { CODE_NOT_ENABLED, layerLabel, leftOutFor } from '../../analysis/code/archives.js'

const NO_ADVISORIES = 'no advisory database given (--advisories DIR): dependencies were listed but not matched'

export default defineCheck({
  meta: {
    id: 'lambda-code-dependencies-no-known-vulnerabilities',
    resourceType: 'lambda.function',
    title: 'Lambda dependencies have no known vulnerabilities',
    severity: 'high',
    categories: ['supply-chain'],
    description:
      'With --inspect-code and --advisories DIR, the dependencies found in the deployment package and in the layers the function uses (package-lock.json, yarn.lock, requirements.txt pins, poetry.lock, Pipfile.lock, go.sum, and the metadata of packages installed under node_modules or beside Python code) are matched offline against the OSV advisories in DIR, with semantic-version ranges for npm and Go and PEP 440 ordering for PyPI. One finding per vulnerable package version and advisory; the advisory\'s own severity (its database severity, or the rating of its CVSS v3 vector) is part of the message, while the check itself is rated high. The result is only as current as the advisory files. Without --inspect-code, or without --advisories, the check is skipped.',
    risk:
      'A dependency with a published vulnerability runs inside the function with its role and sees every event; public advisories come with enough detail, and often exploit code, for attackers to use them against any endpoint that feeds the vulnerable code.',
    remediation: {
      text: 'Upgrade each reported package to the fixed version the finding names (or a later one), regenerate the lockfile, rebuild and deploy the package or publish a new layer version and move the functions to it. Where no fix exists, remove or replace the package, or make sure the vulnerable code path cannot be reached with request data.',
      cli: 'npm install <package>@<fixed-version>   # or: pip install "<package>>=<fixed-version>" -t build/ ; go get <module>@<fixed-version>\naws lambda update-function-code --function-name <name> --zip-file fileb://function.zip',
      cloudformation: 'Function:\n  Type: AWS::Lambda::Function\n  Properties:\n    Code: { S3Bucket: my-artifacts, S3Key: orders/function-upgraded.zip }  # rebuilt with the fixed dependency versions',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  filename         = "build/function.zip" # rebuilt with the fixed dependency versions\n  source_code_hash = filebase64sha256("build/function.zip")\n}',
    },
    messages: {
      clean: 'None of the {{count}} dependencies found in the code and layers of {{name}} has a known vulnerability in the advisory database.',
      vulnerable: '{{where}} of {{name}} uses {{package}} {{version}} ({{ecosystem}}), affected by {{advisory}} (advisory severity: {{advisorySeverity}}; fixed in: {{fixedIn}}), listed in {{manifest}}.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    const unresolved = fn.unresolved ?? {}
    // The package itself, then each layer; unreadable ones are reported as unknown without
    // touching their (unresolved) fields, so they do not hide findings in the others.
    const archives: { at: string; where: string; code: CodeInspection | undefined; subject?: string }[] = []
    if (Object.hasOwn(unresolved, 'code')) archives.push({ at: 'code', where: 'The deployment package', code: undefined })
    else archives.push({ at: 'code', where: 'The deployment package', code: fn.code })
    const verdicts: Verdict[] = []
    for (const [i, layer] of fn.layers.entries()) {
      const at = `layers.${i}.code`
      if (Object.hasOwn(unresolved, at)) verdicts.push(unknown(`layer ${layerLabel(layer.arn)} could not be inspected: ${unresolved[at]}`, { at }))
      else archives.push({ at, where: `Layer ${layerLabel(layer.arn)}`, code: layer.code, subject: layer.arn })
    }
    if (Object.hasOwn(unresolved, 'code')) verdicts.push(unknown(`the deployment package could not be inspected: ${unresolved['code']}`, { at: 'code' }))

    const inspected = archives.filter((a) => a.code?.inspected)
    if (!archives.some((a) => a.code) && !verdicts.length) return skip(CODE_NOT_ENABLED)
    if (!inspected.length && !verdicts.length) return skip(archives.find((a) => a.code?.reason)?.code?.reason ?? 'the code was not inspected')
    if (inspected.some((a) => a.code!.vulnerabilities === undefined)) return skip(NO_ADVISORIES)

    let count = 0
    for (const a of inspected) {
      const code = a.code!
      count += code.dependencies.length
      for (const v of code.vulnerabilities ?? [])
        verdicts.push(
          fail('vulnerable', {
            data: {
              name: fn.name,
              where: a.where,
              package: v.name,
              version: v.version,
              ecosystem: v.ecosystem,
              advisory: v.advisoryId,
              advisorySeverity: v.severity ?? 'not given',
              fixedIn: v.fixedIn ?? 'no fixed version known',
              manifest: v.manifestPath,
            },
            at: `${a.at}.vulnerabilities`,
            subject: `${a.subject ? `${a.subject}:` : ''}${v.ecosystem}:${v.name}@${v.version}:${v.advisoryId}`,
          }),
        )
      const left = leftOutFor(code, 'dependencies')
      if (left && !code.vulnerabilities?.length) verdicts.push(unknown(`${a.where} could not be fully read: ${left.detail}`, { at: `${a.at}.truncated` }))
    }
    return verdicts.length ? verdicts : pass('clean', { name: fn.name, count })
  },
})
