import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { cvss3BaseScore, cvssRating } from './cvss.js'

describe('CVSS v3 base score', () => {
  // Scores as FIRST's calculator gives them for these vectors.
  for (const [vector, score, rating] of [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'CRITICAL'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10, 'CRITICAL'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, 'MEDIUM'],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8, 'HIGH'],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N', 4.8, 'MEDIUM'],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6, 'LOW'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'NONE'],
  ] as const) {
    it(`${vector} → ${score}`, () => {
      const s = cvss3BaseScore(vector)
      assert.equal(s, score)
      assert.equal(cvssRating(s!), rating)
    })
  }
  it('rejects incomplete or other-version vectors', () => {
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L'), undefined)
    assert.equal(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), undefined)
    assert.equal(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P'), undefined)
  })
})
