import { describe, it } from 'node:test'
import { REPORTERS } from '../../src/reporters/index.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'
import { matchSnapshot } from './snapshot.js'

describe('every reporter against the fixed report', () => {
  for (const [format, reporter] of Object.entries(REPORTERS)) {
    it(`${format} output matches its snapshot`, () => {
      const text = reporter.render(fixtureReport(), { checks: FIXTURE_CHECKS, color: false, verbose: true })
      matchSnapshot(`report.${reporter.extension}`, text)
    })
  }
})
