import { defineCheck } from '../../core/check.js'
import { CODE_NOT_ENABLED, leftOutFor } from '../../analysis/code/archives.js'

export default defineCheck({
  meta: {
    id: 'lambda-code-no-sql-string-building',
    resourceType: 'lambda.function',
    title: 'Lambda code passes values to SQL as parameters, not by building the SQL text',
    severity: 'high',
    categories: ['injection'],
    description:
      'With --inspect-code, the Python and JavaScript/TypeScript files of the deployment package are searched for SQL text built from values that reaches a query call: Python f-strings, % formatting, .format() and + concatenation passed to cursor.execute, executemany, session or engine execute, sqlalchemy text() or pandas read_sql; Node.js template literals with ${} and + concatenation passed to .query, .execute, knex.raw and its *Raw helpers, sql.unsafe or Prisma $queryRawUnsafe. The text may be built in the call or in a variable assigned earlier in the same function. Parameterized calls (placeholders such as %s, ?, $1 with the values passed separately, and tagged templates such as sql`…`) are not reported, nor is text built only from constants (ALL_CAPS names) or environment configuration. This is a pattern match within one function, not a data-flow proof: values are not traced across functions or files. Without --inspect-code the check is skipped.',
    risk:
      'When a value from the request becomes part of the SQL text, a caller can change the statement itself (SQL injection): read other customers\' rows, bypass a login check, modify or delete data, or, on some databases, run commands on the database host with the function\'s database credentials.',
    remediation: {
      text: 'Pass values as query parameters and keep the SQL text constant: cursor.execute("SELECT … WHERE id = %s", (user_id,)) in Python DB-API drivers, text("… WHERE id = :id") with bound parameters in SQLAlchemy, pool.query("… WHERE id = $1", [id]) in node-postgres, "… WHERE id = ?" with an array in mysql2 and knex.raw. Table or column names cannot be parameters: choose them from a fixed allow-list in code. Then deploy the fixed package.',
      cli: '# after fixing the code and rebuilding the package:\naws lambda update-function-code --function-name <name> --zip-file fileb://function.zip',
      cloudformation: 'Function:\n  Type: AWS::Lambda::Function\n  Properties:\n    Code: { S3Bucket: my-artifacts, S3Key: orders/function-fixed.zip }  # the package with parameterized queries',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  filename         = "build/function.zip" # the package with parameterized queries\n  source_code_hash = filebase64sha256("build/function.zip")\n}',
    },
    messages: {
      clean: 'No SQL built from values reaches a query call in the {{files}} file(s) analyzed in the package of {{name}}.',
      'sql-built': 'In the package of {{name}}, SQL text built by {{construction}} reaches {{sink}} at {{path}}:{{line}}; pass the values as query parameters.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    const code = fn.code
    if (!code) return skip(CODE_NOT_ENABLED)
    if (!code.inspected) return skip(code.reason ?? 'the deployment package was not inspected')
    if (code.sqlInjection.length)
      return code.sqlInjection.map((f) =>
        fail('sql-built', { data: { name: fn.name, construction: f.construction, sink: f.sink, path: f.path, line: f.line }, at: 'code.sqlInjection', subject: `${f.path}:${f.line}` }),
      )
    const left = leftOutFor(code, 'source')
    if (left) return unknown(`nothing found, but not every source file could be analyzed: ${left.detail}`, { at: 'code.truncated' })
    return pass('clean', { name: fn.name, files: code.filesScanned })
  },
})
