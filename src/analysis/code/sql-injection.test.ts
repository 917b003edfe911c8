import { describe } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeLanguage } from '../../model/lambda.js'
import { testSourceFinder, type SourceCase } from '../../../test/builders/source-finder-table.js'
import { findSqlStringBuilding } from './sql-injection.js'

/** Expected [line, sink, construction] of each finding, every one in the case's language. */
const run = (language: CodeLanguage, cases: SourceCase[]) =>
  testSourceFinder(findSqlStringBuilding, (f) => [f.line, f.sink, f.construction], language, cases, (f) => assert.equal(f.language, language))

describe('findSqlStringBuilding: Python', () => {
  run('python', [
    { name: 'f-string into cursor.execute', code: 'def h(event, ctx):\n    cur.execute(f"SELECT * FROM users WHERE id = {event[\'id\']}")\n', expect: [[2, 'cur.execute', 'f-string']] },
    { name: '% formatting', code: 'cur.execute("SELECT name FROM t WHERE id = %s" % user_id)\n', expect: [[1, 'cur.execute', 'percent-format']] },
    { name: '.format()', code: 'cursor.executemany("DELETE FROM t WHERE k = {}".format(key), rows)\n', expect: [[1, 'cursor.executemany', 'format-method']] },
    { name: '+ concatenation', code: 'session.execute("UPDATE accounts SET balance = 0 WHERE owner = \'" + owner + "\'")\n', expect: [[1, 'session.execute', 'concatenation']] },
    { name: 'sqlalchemy text() with an f-string', code: 'from sqlalchemy import text\nengine.execute(text(f"SELECT * FROM orders WHERE id = {oid}"))\n', expect: [[2, 'engine.execute', 'f-string']] },
    { name: 'sqlalchemy text() on its own', code: 'stmt = sqlalchemy.text("SELECT * FROM orders WHERE id = " + oid)\n', expect: [[1, 'sqlalchemy.text', 'concatenation']] },
    { name: 'multi-line triple-quoted f-string', code: 'cur.execute(\n    f"""\n    SELECT *\n    FROM t\n    WHERE a = {a}\n    """\n)\n', expect: [[1, 'cur.execute', 'f-string']] },
    { name: 'through a variable built with an f-string', code: 'def h(e, c):\n    q = f"SELECT * FROM t WHERE id = {e[\'id\']}"\n    cur.execute(q)\n', expect: [[3, 'cur.execute', 'f-string']] },
    { name: 'through a variable extended with +=', code: 'def h(e, c):\n    q = "SELECT * FROM t WHERE 1=1"\n    q += " AND owner = \'" + e["owner"] + "\'"\n    conn.cursor().execute(q)\n', expect: [[4, 'conn.cursor().execute', 'concatenation']] },
    { name: 'pandas read_sql with %', code: 'df = pd.read_sql("SELECT * FROM t WHERE a = \'%s\'" % a, conn)\n', expect: [[1, 'pd.read_sql', 'percent-format']] },
    // Parameterized forms and non-SQL text must not fire.
    { name: 'not: %s placeholder with a params tuple', code: 'cur.execute("SELECT * FROM t WHERE id = %s", (uid,))\n', expect: [] },
    { name: 'not: named placeholders with a dict', code: 'cur.execute("SELECT * FROM t WHERE id = %(id)s", {"id": uid})\n', expect: [] },
    { name: 'not: sqlalchemy bound parameters', code: 'session.execute(text("SELECT * FROM t WHERE id = :id"), {"id": uid})\n', expect: [] },
    { name: 'not: a constant variable', code: 'Q = "SELECT * FROM t"\ncur.execute(Q)\n', expect: [] },
    { name: 'not: only ALL_CAPS constants and environment configuration interpolated', code: 'cur.execute(f"SELECT * FROM {TABLE} WHERE d > {os.environ[\'CUTOFF\']}")\n', expect: [] },
    { name: 'not: a non-SQL string built for another execute', code: 'executor.execute(f"task-{n}")\n', expect: [] },
    { name: 'not: SQL in a comment', code: '# cur.execute(f"SELECT * FROM t WHERE id = {x}")\ncur.execute("SELECT 1 FROM dual WHERE 1 = %s", (x,))\n', expect: [] },
    { name: 'not: the variable comes from another function', code: 'def a(x):\n    q = f"SELECT * FROM t WHERE id = {x}"\n    return q\n\ndef b(q):\n    cur.execute(q)\n', expect: [] },
  ])
})

describe('findSqlStringBuilding: Node.js', () => {
  run('javascript', [
    { name: 'template literal into pool.query', code: 'exports.handler = async (event) => {\n  return pool.query(`SELECT * FROM users WHERE id = ${event.pathParameters.id}`)\n}\n', expect: [[2, 'pool.query', 'template-literal']] },
    { name: '+ concatenation into connection.execute', code: "await connection.execute('SELECT * FROM t WHERE name = \\'' + name + '\\'')\n", expect: [[1, 'connection.execute', 'concatenation']] },
    { name: 'knex.raw with concatenation (raw takes SQL only)', code: "knex.raw('id = ' + id)\n", expect: [[1, 'knex.raw', 'concatenation']] },
    { name: 'knex whereRaw with a template', code: 'db("t").whereRaw(`owner = ${owner}`)\n', expect: [[1, 'db().whereRaw', 'template-literal']] },
    { name: 'sequelize.query through a const', code: 'async function h(event) {\n  const sql = "SELECT * FROM t WHERE k = \'" + event.k + "\'"\n  return sequelize.query(sql)\n}\n', expect: [[3, 'sequelize.query', 'concatenation']] },
    { name: 'Prisma $queryRawUnsafe', code: 'await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = \'${email}\'`)\n', expect: [[1, 'prisma.$queryRawUnsafe', 'template-literal']] },
    { name: 'multi-line template literal', code: 'await client.query(`\n  SELECT *\n  FROM t\n  WHERE id = ${id}\n`)\n', expect: [[1, 'client.query', 'template-literal']] },
    { name: 'not: $1 placeholder with an array', code: "await pool.query('SELECT * FROM users WHERE id = $1', [id])\n", expect: [] },
    { name: 'not: ? placeholders with an array', code: "await connection.execute('SELECT * FROM t WHERE a = ? AND b = ?', [a, b])\n", expect: [] },
    { name: 'not: template literal without interpolation', code: 'await pool.query(`SELECT * FROM users WHERE id = $1`, [id])\n', expect: [] },
    { name: 'not: tagged template (the tag parameterizes)', code: 'await pool.query(sql`SELECT * FROM users WHERE id = ${id}`)\n', expect: [] },
    { name: 'not: environment configuration only', code: 'await pool.query(`SELECT * FROM ${process.env.TABLE_NAME}`)\n', expect: [] },
    { name: 'not: DynamoDB DocumentClient.query with a params object', code: 'await ddb.query({ TableName: "t", KeyConditionExpression: "pk = :pk" }).promise()\n', expect: [] },
    { name: 'not: SQL in a comment', code: '// pool.query(`SELECT * FROM t WHERE id = ${id}`)\n/* pool.query("SELECT * FROM t WHERE x = " + x) */\n', expect: [] },
  ])
})
