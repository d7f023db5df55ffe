/**
 * Fills `{name}` placeholders: errors, field messages and the message catalogue all write their
 * texts this way. A name without a value stays as written.
 */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => value(name) ?? placeholder);
}
