import { defineCheck } from '../../core/check.js'
import { CODE_NOT_ENABLED, leftOutFor } from '../../analysis/code/archives.js'

export default defineCheck({
  meta: {
    id: 'lambda-code-no-dynamic-exec-on-event',
    resourceType: 'lambda.function',
    title: 'Lambda code does not run event data as code or as a shell command',
    severity: 'high',
    categories: ['injection'],
    description:
      'With --inspect-code, the Python and JavaScript/TypeScript files of the deployment package are searched for calls that run code or a shell command with request data in their arguments: Python eval, exec, os.system, os.popen, subprocess.getoutput and subprocess run/call/check_output/Popen with shell=True; Node.js eval, new Function, vm.runInNewContext/runInThisContext/runInContext, new vm.Script, child_process exec/execSync and spawn/execFile with {shell: true}. Request data means the event object and its members (event, body, queryStringParameters, pathParameters, req, request …), the first parameter of a function named like a handler, and variables assigned from them earlier in the same function. Values passed through other functions, object attributes or other files are not followed. Without --inspect-code the check is skipped.',
    risk:
      'Whoever can send an event to the function (an API caller, a message producer, an S3 uploader) can make it run their own code or shell commands with the function\'s execution role: read its environment and temporary credentials, call every AWS API the role allows, and reach whatever the function\'s network can reach.',
    remediation: {
      text: 'Do not evaluate request data. Parse it as data (json.loads, JSON.parse) and map it to a fixed set of allowed operations. To run a program, pass the program and its arguments as a list without a shell (subprocess.run(["convert", path]) in Python, execFile("convert", [path]) or spawn without shell in Node.js) and validate every argument against an allow-list. Then deploy the fixed package.',
      cli: '# after fixing the code and rebuilding the package:\naws lambda update-function-code --function-name <name> --zip-file fileb://function.zip',
      cloudformation: 'Function:\n  Type: AWS::Lambda::Function\n  Properties:\n    Code: { S3Bucket: my-artifacts, S3Key: orders/function-fixed.zip }  # the package without eval/shell on event data',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  filename         = "build/function.zip" # the package without eval/shell on event data\n  source_code_hash = filebase64sha256("build/function.zip")\n}',
    },
    messages: {
      clean: 'No event data reaches code or shell execution in the {{files}} file(s) analyzed in the package of {{name}}.',
      'event-exec': 'In the package of {{name}}, event data ({{source}}) reaches {{sink}} at {{path}}:{{line}}.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    const code = fn.code
    if (!code) return skip(CODE_NOT_ENABLED)
    if (!code.inspected) return skip(code.reason ?? 'the deployment package was not inspected')
    if (code.dynamicExec.length)
      return code.dynamicExec.map((f) => fail('event-exec', { data: { name: fn.name, source: f.source, sink: f.sink, path: f.path, line: f.line }, at: 'code.dynamicExec', subject: `${f.path}:${f.line}` }))
    const left = leftOutFor(code, 'source')
    if (left) return unknown(`nothing found, but not every source file could be analyzed: ${left.detail}`, { at: 'code.truncated' })
    return pass('clean', { name: fn.name, files: code.filesScanned })
  },
})
