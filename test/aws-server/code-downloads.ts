/**
 * Presigned-URL downloads of code archives, as S3 serves the links Lambda returns in
 * GetFunction `Code.Location` and GetLayerVersion `Content.Location`: an unsigned GET whose query
 * string carries its own (here fake) signature, answered with the zip bytes. The archives come
 * from the fixture (`FixtureFunction.codeZipBase64`, a layer version's `contentZipBase64`).
 */
import type { FixtureAccount } from './fixture.js'

/** Paths under this prefix are code downloads, not AWS API calls. */
export const CODE_DOWNLOAD_PREFIX = '/__code/'

const FAKE_SIGNATURE = 'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=00000000000000000000000000000000'

/** The download link for a function's package or a layer version's archive. */
export function codeDownloadUrl(baseUrl: string, where: { region: string; accountId: string }, kind: 'function' | 'layer', name: string, version?: number): string {
  const parts = [kind, where.region, where.accountId, encodeURIComponent(name), ...(version !== undefined ? [String(version)] : [])]
  return `${baseUrl}${CODE_DOWNLOAD_PREFIX}${parts.join('/')}?${FAKE_SIGNATURE}`
}

export interface CodeDownload {
  status: number
  headers: Record<string, string>
  body: Buffer
}

function notFound(): CodeDownload {
  return { status: 404, headers: { 'content-type': 'application/xml' }, body: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>') }
}

/** Answers one download request path from the accounts the server knows. */
export function serveCodeDownload(path: string, accounts: readonly FixtureAccount[]): CodeDownload {
  const [kind, region, accountId, rawName, version] = path.slice(CODE_DOWNLOAD_PREFIX.length).split('/')
  const account = accounts.find((a) => a.accountId === accountId)
  const data = region ? account?.regions[region] : undefined
  const name = decodeURIComponent(rawName ?? '')
  let base64: string | undefined
  if (kind === 'function') base64 = data?.functions?.find((f) => f.name === name)?.codeZipBase64
  else if (kind === 'layer') base64 = data?.layers?.find((l) => l.name === name)?.versions.find((v) => v.version === Number(version))?.contentZipBase64
  if (base64 === undefined) return notFound()
  const body = Buffer.from(base64, 'base64')
  return { status: 200, headers: { 'content-type': 'application/zip', 'content-length': String(body.length) }, body }
}
