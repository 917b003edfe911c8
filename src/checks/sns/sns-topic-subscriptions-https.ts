import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'sns-topic-subscriptions-https',
    resourceType: 'sns.topic',
    title: 'SNS topic delivers to web endpoints only over HTTPS',
    severity: 'info',
    categories: ['encryption'],
    description: 'Informational: counts the subscriptions of the topic that deliver to plain `http` endpoints (confirmed or pending). HTTPS, SQS, Lambda, e-mail, SMS and other protocols are not considered. Live only: subscriptions and their confirmation exist only in the account.',
    risk: 'Messages delivered to an http:// endpoint cross the internet in clear text, where they can be read or altered; the endpoint can also be impersonated.',
    remediation: {
      text: 'Subscribe the endpoint again with its https:// URL, confirm it, and unsubscribe the http:// subscription.',
      cli: 'aws sns subscribe --topic-arn <topic-arn> --protocol https --notification-endpoint https://<host>/<path>\naws sns unsubscribe --subscription-arn <http-subscription-arn>',
    },
    messages: {
      https: 'No subscription of topic {{name}} delivers over plain HTTP.',
      http: 'Topic {{name}} delivers to {{count}} plain http:// endpoint(s).',
    },
    liveOnly: true,
  },
  evaluate(t, { pass, fail, skip }) {
    if (!t.subscriptions) return skip('the topic\'s subscriptions were not listed')
    const count = t.subscriptions.filter((s) => s.protocol.toLowerCase() === 'http').length
    return count ? fail('http', { data: { name: t.name, count }, at: 'subscriptions' }) : pass('https', { name: t.name })
  },
})
