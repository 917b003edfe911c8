/**
 * Test support: an AwsContext whose clients are real SDK clients with fake static credentials
 * (aws-sdk-client-mock replaces their `send`), running at a thousand times the real rates so
 * tests never wait on a token bucket.
 */
import { ClientPool } from '../clients.js'
import { createAwsContext, type AwsContextOptions, type CountingAwsContext } from '../context.js'
import { DEFAULT_RATES, scaledRates } from '../rates.js'

export const TEST_ACCOUNT = '111122223333'
export const TEST_REGION = 'us-east-1'

export function fakePool(): ClientPool {
  return new ClientPool({ credentials: { accessKeyId: 'AKIDTESTTESTTESTTEST', secretAccessKey: 'test-secret' }, requestTimeoutMs: 2000, maxAttempts: 1, maxSockets: 4 })
}

export function testContext(over: Partial<AwsContextOptions> = {}): CountingAwsContext {
  return createAwsContext({ clients: fakePool(), accountId: TEST_ACCOUNT, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000), ...over })
}

/** An error shaped like the SDK's service exceptions (name = AWS error code). */
export function awsError(code: string, status = 400, message = `${code} (test)`): Error {
  return Object.assign(new Error(message), { name: code, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } })
}
