/** API Gateway security policies Security Hub recommends for custom domain names (APIGateway.11), from data/apigateway-security-policies.json. */
import data from '../../data/apigateway-security-policies.json' with { type: 'json' }

/** One recommended policy and the endpoint type it is offered for. */
export interface RecommendedSecurityPolicy {
  name: string
  minTls: string
  endpoint: string
}

const RECOMMENDED = (data as { recommended: RecommendedSecurityPolicy[] }).recommended

/** True when `policy` is on the recommended list (exact, case-sensitive: API Gateway names are enum values). */
export function isRecommendedApiGatewayPolicy(policy: string): boolean {
  return RECOMMENDED.some((p) => p.name === policy)
}

/** The recommended policy names, for messages. */
export function recommendedApiGatewayPolicies(): string[] {
  return RECOMMENDED.map((p) => p.name)
}
