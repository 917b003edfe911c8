// PLACEHOLDER — the collector context (clients per region, credentials, rate limits, retries,
// error classification) is being written; collectors receive it.
export interface AwsContext {
  accountId: string
  partition: string
}
