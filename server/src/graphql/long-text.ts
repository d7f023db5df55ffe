import type { GraphQLArgument, GraphQLField, GraphQLInputField } from "graphql";
import { Extensions } from "type-graphql";

/**
 * Text is single-line unless declared long. A long text (a description, a purpose, a motivation,
 * minutes, a comment: what the web app edits in a textarea) may hold line breaks and tabs; every
 * other String input (titles, names, e-mail addresses, places, codes, phone numbers, search strings)
 * may not, and is refused on its field before any resolver runs.
 *
 * Forgetting the marker on a new text field makes it single-line: a refusal someone will notice,
 * never a title with a line break in a list, a CSV row or a PDF heading.
 */

/** An input field (or a field of an @ArgsType) that is a long text. */
export function LongText(): PropertyDecorator {
  return Extensions({ longText: true }) as PropertyDecorator;
}

/** The arguments of a query or mutation, by name, that are long texts, e.g. `@LongTextArgs("reason")`. */
export function LongTextArgs(...names: string[]): MethodDecorator {
  return Extensions({ longTextArgs: names }) as MethodDecorator;
}

export function isLongTextField(field: GraphQLInputField): boolean {
  return field.extensions?.longText === true;
}

export function isLongTextArg(owner: GraphQLField<unknown, unknown>, arg: GraphQLArgument): boolean {
  if (arg.extensions?.longText === true) return true;
  const names = owner.extensions?.longTextArgs;
  return Array.isArray(names) && names.includes(arg.name);
}
