/**
 * Resolves every `*.localhost` name to 127.0.0.1 in this process, as RFC 6761 asks resolvers to
 * (glibc does not). The S3 Control client prefixes the account id to its endpoint's host
 * (`111122223333.localhost:<port>`), so tests that scan through the loopback server point
 * AWS_ENDPOINT_URL_S3_CONTROL at `http://localhost:<port>` and install this first. Only
 * `.localhost` names are touched; everything else goes to the real resolver.
 */
import dns from 'node:dns'

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void

let installed = false

export function resolveLocalhostSubdomains(): void {
  if (installed) return
  installed = true
  const original = dns.lookup
  const patched = function (hostname: string, options: unknown, callback?: LookupCallback) {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback
    const opts = (typeof options === 'object' && options !== null ? options : {}) as dns.LookupOptions
    if (/\.localhost\.?$/i.test(hostname)) {
      process.nextTick(() => (opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)))
      return
    }
    return (original as (...a: unknown[]) => void)(hostname, options, callback)
  }
  dns.lookup = patched as typeof dns.lookup
}
