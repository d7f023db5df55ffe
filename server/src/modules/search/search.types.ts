import { Length } from "class-validator";
import { ArgsType, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { validationMessage } from "../../shared/field-messages";

/** The shortest term searched for. */
export const MIN_TERM_LENGTH = 3;
export const MAX_TERM_LENGTH = 100;
/** At most this many hits of each kind are listed; the group's total says how many match. */
export const HITS_PER_KIND = 10;

export enum SearchKind {
  APPLICATION = "APPLICATION",
  TRAINING = "TRAINING",
  NETWORK = "NETWORK",
  MEETING = "MEETING",
}
registerEnumType(SearchKind, {
  name: "SearchKind",
  description: "Vad en träff är",
  valuesConfig: {
    APPLICATION: { description: "Ansökan (titel, diarienummer eller organisation)" },
    TRAINING: { description: "Utbildning" },
    NETWORK: { description: "Nätverk" },
    MEETING: { description: "Nätverksmöte" },
  },
});

@ArgsType()
export class SearchArgs {
  @Field({ description: `At least ${MIN_TERM_LENGTH} characters` })
  @Length(MIN_TERM_LENGTH, MAX_TERM_LENGTH, { message: validationMessage("search.termLength") })
  term: string;
}

@ObjectType()
export class SearchHit {
  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: "The diarienummer and organisation, the date, or the network" })
  detail: string | null;

  @Field({ description: "Where in the web app the hit is opened" })
  link: string;
}

@ObjectType()
export class SearchGroup {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => Int, { description: "How many match, also beyond those listed" })
  total: number;

  @Field(() => [SearchHit])
  hits: SearchHit[];
}

@ObjectType({ description: "What matches the term among what the signed-in person may see" })
export class SearchResults {
  @Field()
  term: string;

  @Field(() => [SearchGroup], { description: "Every kind, also those without hits" })
  groups: SearchGroup[];
}
