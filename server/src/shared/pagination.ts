import { Max, Min } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { validationMessage } from "./field-messages";

export const MAX_PAGE_SIZE = 200;

/** Offset pagination for every list that can grow. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: validationMessage("common.offsetCannotBeNegative") })
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: validationMessage("common.limitAtLeastOne") })
  @Max(MAX_PAGE_SIZE, { message: validationMessage("common.limitAtMost", { max: MAX_PAGE_SIZE }) })
  limit: number = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** `Paginated(User)` gives `UserPage { items, total, offset, limit, hasMore }`. */
export function Paginated<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class PageClass {
    @Field(() => [itemClass])
    items: T[];

    @Field(() => Int, { description: "How many items match, over all pages" })
    total: number;

    @Field(() => Int)
    offset: number;

    @Field(() => Int)
    limit: number;

    @Field()
    hasMore: boolean;
  }
  return PageClass;
}

export function toPage<T>(page: Page<T>, args: PageArgs) {
  return { ...page, offset: args.offset, limit: args.limit, hasMore: args.offset + page.items.length < page.total };
}
