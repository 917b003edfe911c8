// Loaded with `--import` into CLI child processes that scan through the loopback server, so the
// S3 Control client's `<account>.localhost` host resolves there too (see localhost-dns.ts).
import { resolveLocalhostSubdomains } from './localhost-dns.js'

resolveLocalhostSubdomains()
