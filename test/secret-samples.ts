/**
 * Fake credentials for secret-detection tests, built at run time from a deterministic
 * pseudo-random generator. Nothing in the repository looks like a real token literal, so
 * secret-scanning push protection has nothing to trip on, and no real credential is ever used.
 */

export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const BASE64 = BASE62 + '+/'
export const HEX = '0123456789abcdef'
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** `n` characters from `alphabet`, the same for the same seed (a 32-bit LCG). */
export function fakeChars(n: number, alphabet = BASE62, seed = 1): string {
  let x = seed >>> 0 || 1
  let out = ''
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out += alphabet[(x >>> 8) % alphabet.length]
  }
  return out
}

const b64url = (s: string) => Buffer.from(s).toString('base64url')

/** One sample per pattern id of data/secret-patterns.json, as it would appear in an environment value. */
export const VALUE_SAMPLES: Record<string, string> = {
  'aws-access-key-id': 'AKIA' + fakeChars(16, UPPER_DIGITS, 11),
  'private-key': '-----BEGIN ' + 'RSA PRIVATE KEY-----\n' + fakeChars(64, BASE64, 12) + '\n-----END RSA PRIVATE KEY-----',
  'github-token': 'gh' + 'p_' + fakeChars(36, BASE62, 13),
  'github-fine-grained-pat': 'github' + '_pat_' + fakeChars(22, BASE62, 14) + '_' + fakeChars(59, BASE62, 15),
  'gitlab-token': 'glpat' + '-' + fakeChars(20, BASE62, 16),
  'npm-token': 'npm' + '_' + fakeChars(36, BASE62, 17),
  'slack-token': 'xox' + 'b-' + fakeChars(11, '0123456789', 18) + '-' + fakeChars(24, BASE62, 19),
  'slack-webhook': 'https://hooks.slack.com/services/' + 'T' + fakeChars(8, UPPER_DIGITS, 20) + '/B' + fakeChars(10, UPPER_DIGITS, 21) + '/' + fakeChars(24, BASE62, 22),
  'stripe-secret-key': 'sk' + '_live_' + fakeChars(24, BASE62, 23),
  'google-api-key': 'AI' + 'za' + fakeChars(35, BASE62 + '_-', 24),
  'sendgrid-api-key': 'SG' + '.' + fakeChars(22, BASE62, 25) + '.' + fakeChars(43, BASE62, 26),
  'twilio-api-key': 'SK' + fakeChars(32, HEX, 27),
  jwt: b64url('{"alg":"HS256","typ":"JWT"}') + '.' + b64url('{"sub":"svc-orders","iat":1700000000}') + '.' + fakeChars(43, BASE62, 28),
  'url-credentials': 'postgres://app:' + fakeChars(14, BASE62, 29) + '@orders-db.internal:5432/orders',
  'connection-string-password': 'Server=orders-db.internal;Database=orders;User Id=app;Password=' + fakeChars(14, BASE62, 30) + ';',
  'azure-storage-key': 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=' + fakeChars(86, BASE64, 31) + '==;EndpointSuffix=core.windows.net',
}

/** A fake 40-character AWS secret access key (needs an aws/secret name to be recognised). */
export const FAKE_AWS_SECRET = fakeChars(40, BASE64, 32)

/** One line of text per pattern id, for the line scanner. */
export const TEXT_SAMPLES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(VALUE_SAMPLES).map(([id, v]) => [id, `config = "${v.split('\n')[0]}"`])),
  'aws-secret-access-key': `aws_secret_access_key = ${FAKE_AWS_SECRET}`,
  'password-assignment': `  password: "${fakeChars(12, BASE62, 33)}",`,
  'env-file-assignment': `DB_PASSWORD=${fakeChars(12, BASE62, 34)}`,
}
