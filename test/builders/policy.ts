/** IAM policy documents for test cases. */
import type { PolicyDocument, PolicyStatement } from '../../src/model/common.js'

/** A policy document (version 2012-10-17) of these statements. */
export const policyDoc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })

/** An Allow statement, with a condition when given. */
export const allow = (Action: string | string[], Resource: string | string[], Condition?: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) })
