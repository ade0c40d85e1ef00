/** Where a rule's documentation lives inside the package; shells turn it into a URL they can open. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
