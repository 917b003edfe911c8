import { describe } from 'node:test'
import type { CodeLanguage } from '../../model/lambda.js'
import { testSourceFinder, type SourceCase } from '../../../test/builders/source-finder-table.js'
import { findDynamicExec } from './dynamic-exec.js'

/** Expected [line, sink, source] of each finding. */
const run = (language: CodeLanguage, cases: SourceCase[]) => testSourceFinder(findDynamicExec, (f) => [f.line, f.sink, f.source], language, cases)

describe('findDynamicExec: Python', () => {
  run('python', [
    { name: 'eval of the event body', code: 'def lambda_handler(event, context):\n    return eval(event["body"])\n', expect: [[2, 'eval', 'event']] },
    { name: 'exec of a variable assigned from the event', code: 'def lambda_handler(event, context):\n    src = json.loads(event["body"])["code"]\n    exec(src)\n', expect: [[3, 'exec', 'src (from event)']] },
    { name: 'os.system with concatenated query parameters', code: 'import os\ndef handler(event, context):\n    os.system("convert " + event["queryStringParameters"]["file"])\n', expect: [[3, 'os.system', 'event']] },
    { name: 'os.popen with an f-string', code: 'import os\ndef h(event, c):\n    name = event["name"]\n    os.popen(f"ls {name}")\n', expect: [[4, 'os.popen', 'name (from event)']] },
    { name: 'subprocess.run with shell=True', code: 'import subprocess\ndef lambda_handler(event, context):\n    cmd = event["cmd"]\n    subprocess.run(cmd, shell=True, check=True)\n', expect: [[4, 'subprocess.run', 'cmd (from event)']] },
    { name: 'imported under another name', code: 'import subprocess as sp\nfrom subprocess import check_output as co\ndef h(event, c):\n    sp.Popen(event["c"], shell=True)\n    co(event["c"], shell=True)\n', expect: [[4, 'sp.Popen', 'event'], [5, 'co', 'event']] },
    { name: 'a handler whose event parameter has another name', code: 'def lambda_handler(e, ctx):\n    eval(e["x"])\n', expect: [[2, 'eval', 'e']] },
    { name: 'taint carried through two assignments', code: 'def lambda_handler(event, ctx):\n    body = event["body"]\n    parsed = json.loads(body)\n    command = "echo " + parsed["msg"]\n    os.system(command)\n', expect: [[5, 'os.system', 'command (from event)']] },
    { name: 'a type-annotated assignment', code: 'def lambda_handler(event, ctx):\n    cmd: str = event["cmd"]\n    os.system(cmd)\n', expect: [[3, 'os.system', 'cmd (from event)']] },
    { name: 'not: subprocess with an argument list and no shell', code: 'import subprocess\ndef h(event, c):\n    subprocess.run(["convert", event["file"]])\n', expect: [] },
    { name: 'not: shell=False', code: 'import subprocess\ndef h(event, c):\n    subprocess.run(event["cmd"], shell=False)\n', expect: [] },
    { name: 'not: eval of a constant', code: 'x = eval("1 + 2")\n', expect: [] },
    { name: 'not: a variable reassigned from a constant before use', code: 'def h(event, c):\n    cmd = event["cmd"]\n    cmd = "uptime"\n    os.system(cmd)\n', expect: [] },
    { name: 'not: a variable of another function', code: 'def a(event, c):\n    cmd = event["cmd"]\n\ndef b():\n    os.system(cmd)\n', expect: [] },
    { name: 'not: a method named eval on an object', code: 'def h(event, c):\n    model.eval(event)\n', expect: [] },
    { name: 'not: in a comment or a string', code: 'def h(event, c):\n    # eval(event["x"])\n    print("eval(event)")\n', expect: [] },
  ])
})

describe('findDynamicExec: Node.js', () => {
  run('javascript', [
    { name: 'eval of the body', code: 'exports.handler = async (event) => {\n  return eval(event.body)\n}\n', expect: [[2, 'eval', 'event']] },
    { name: 'new Function with a destructured member', code: 'exports.handler = async (event) => {\n  const { expr } = JSON.parse(event.body)\n  const f = new Function("x", expr)\n}\n', expect: [[3, 'new Function', 'expr (from event)']] },
    { name: 'vm.runInNewContext', code: "const vm = require('node:vm')\nexports.handler = async (event) => vm.runInNewContext(event.queryStringParameters.code)\n", expect: [[2, 'vm.runInNewContext', 'event']] },
    { name: 'new vm.Script', code: "import vm from 'vm'\nexport const handler = async (req) => { new vm.Script(req.body) }\n", expect: [[2, 'new vm.Script', 'req']] },
    { name: 'child_process.exec with a template literal', code: "const cp = require('child_process')\nexports.handler = async (event) => {\n  const name = event.pathParameters.name\n  cp.exec(`ls ${name}`, (err, out) => {})\n}\n", expect: [[4, 'cp.exec', 'name (from event)']] },
    { name: 'destructured and renamed execSync', code: "const { execSync: run } = require('child_process')\nmodule.exports.handler = async function (event) {\n  run('cat ' + event.body)\n}\n", expect: [[3, 'run', 'event']] },
    { name: 'spawn with shell: true', code: "import { spawn } from 'node:child_process'\nexport async function handler(event) {\n  spawn('sh', ['-c', event.cmd], { shell: true })\n}\n", expect: [[3, 'spawn', 'event']] },
    { name: 'Express request data', code: "const { exec } = require('child_process')\napp.get('/x', (req, res) => {\n  exec('ping ' + req.query.host)\n})\n", expect: [[3, 'exec', 'req']] },
    { name: 'TypeScript: annotated parameters and variables', code: "import { execSync } from 'child_process'\nexport const handler = async (event: APIGatewayProxyEvent): Promise<Result> => {\n  const target: string = event.pathParameters!.host\n  execSync(`ping -c 1 ${target}`)\n}\n", expect: [[4, 'execSync', 'target (from event)']] },
    { name: 'not: spawn without a shell', code: "const { spawn } = require('child_process')\nexports.handler = async (event) => { spawn('ls', [event.dir]) }\n", expect: [] },
    { name: 'not: spawn with shell: false', code: "const { spawn } = require('child_process')\nexports.handler = async (event) => { spawn('ls', [event.dir], { shell: false }) }\n", expect: [] },
    { name: 'not: RegExp.prototype.exec', code: 'exports.handler = async (event) => /^[a-z]+$/.exec(event.body)\n', expect: [] },
    { name: 'not: an exec method of an unrelated object', code: 'exports.handler = async (event) => db.exec(event.body)\n', expect: [] },
    { name: 'not: exec without importing child_process', code: 'exports.handler = async (event) => exec(event.body)\n', expect: [] },
    { name: 'not: eval of a constant', code: 'const two = eval("1 + 1")\n', expect: [] },
    { name: 'not: a callback mentioning the event after the command', code: "const cp = require('child_process')\nexports.handler = async (event) => { cp.exec('uptime', (err, out) => log(event, out)) }\n", expect: [] },
  ])
})
