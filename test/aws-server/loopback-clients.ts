/**
 * The setup the collector end-to-end tests share: the fixture server on 127.0.0.1 and real SDK
 * clients pointed at it (fake keys, no retries), made on demand per service and region and
 * destroyed after the suite.
 */
import { after, before } from 'node:test'
import { startAwsServer, type AwsServer } from './server.js'
import { clientConfig } from './test-support.js'
import type { FixtureAccount } from './fixture.js'
import { createAwsContext, type AwsContextOptions, type ClientSource, type CountingAwsContext } from '../../src/sources/aws/context.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import type { SdkClient, ServiceId } from '../../src/sources/aws/clients.js'

/** Loads the SDK client class of a service (a dynamic import, so a suite loads only its own). */
export type SdkClientLoader = () => Promise<new (config: Record<string, unknown>) => SdkClient>

/** Clients for the given services, all pointed at `server`; `destroy` closes every one made. */
export function loopbackClients(server: AwsServer, loaders: Partial<Record<ServiceId, SdkClientLoader>>): ClientSource & { destroy(): void } {
  const made: SdkClient[] = []
  return {
    async get(service: ServiceId, region: string) {
      const load = loaders[service]
      if (!load) throw new Error(`no SDK client loader for ${service} in this test`)
      const Client = await load()
      const c = new Client(clientConfig(server, region))
      made.push(c)
      return c
    },
    destroy: () => made.forEach((c) => c.destroy()),
  }
}

/**
 * Starts the server on `account()` before the enclosing describe block and stops it (and its
 * clients) after. The getters are valid inside the block's tests.
 */
export function useLoopbackServer(
  account: () => FixtureAccount,
  loaders: Partial<Record<ServiceId, SdkClientLoader>>,
): { server(): AwsServer; clients(): ClientSource; context(options?: Partial<AwsContextOptions>): CountingAwsContext } {
  let server: AwsServer | undefined
  let clients: ReturnType<typeof loopbackClients> | undefined
  before(async () => {
    server = await startAwsServer({ account: account() })
    clients = loopbackClients(server, loaders)
  })
  after(async () => {
    clients?.destroy()
    await server?.close()
  })
  return { server: () => server!, clients: () => clients!, context: (options) => loopbackContext(clients!, account().accountId, options) }
}

/** A scan context in the `aws` partition over `clients`, its rate limits scaled up so tests never wait; `options` adds or overrides. */
export function loopbackContext(clients: ClientSource, accountId: string, options: Partial<AwsContextOptions> = {}): CountingAwsContext {
  return createAwsContext({ clients, accountId, partition: 'aws', rates: scaledRates(DEFAULT_RATES, 1000), ...options })
}
