import { run } from './main.js'
import { installInterruptHandler } from './interrupt.js'

installInterruptHandler()
process.exitCode = await run(process.argv.slice(2))
