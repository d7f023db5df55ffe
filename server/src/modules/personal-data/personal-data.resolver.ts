import { GraphQLJSON } from "graphql-scalars";
import { Length } from "class-validator";
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { renderPhrase } from "../../shared/messages";
import { currentLocale } from "../../shared/request-context";
import { PersonalDataKind, type PersonalDataExtract as Extract } from "./personal-data.service";

registerEnumType(PersonalDataKind, { name: "PersonalDataKind", description: "A kind of record that holds personal data" });

@ObjectType({ description: "The records of one kind that name an e-mail address" })
export class PersonalDataSection {
  @Field(() => PersonalDataKind)
  kind: PersonalDataKind;

  @Field({ description: "The kind, in the request's language" })
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: "How many of them erasePersonalData erases" })
  erasable: number;

  @Field(() => String, { nullable: true, description: "Why the others are kept, in the request's language" })
  keptReason: string | null;

  @Field(() => GraphQLJSON, { description: "The records (at most 500), as in the JSON extract" })
  records: Record<string, unknown>[];
}

@ObjectType({ description: "Everything the platform holds about an e-mail address (GDPR article 15)" })
export class PersonalDataExtract {
  @Field()
  email: string;

  @Field()
  generatedAt: Date;

  @Field(() => [PersonalDataSection])
  sections: PersonalDataSection[];
}

@ObjectType()
export class PersonalDataCount {
  @Field()
  kind: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "What an erasure erased, and what it kept and why" })
export class PersonalDataErasure {
  @Field(() => [PersonalDataCount])
  erased: PersonalDataCount[];

  @Field(() => [PersonalDataSection])
  kept: PersonalDataSection[];
}

@ObjectType({ description: "One run of the erasure of personal data past the retention period" })
export class PersonalDataRetentionRun {
  @Field()
  cutoff: Date;

  @Field(() => Int)
  months: number;

  @Field(() => [PersonalDataCount])
  erased: PersonalDataCount[];
}

@InputType()
export class ErasePersonalDataInput {
  @Field()
  @Length(3, 254)
  email: string;

  @Field({ description: "Why the data is erased (recorded in the audit log)" })
  @Length(1, 1000)
  reason: string;
}

function view(extract: Extract): PersonalDataExtract {
  const lang = currentLocale();
  return {
    email: extract.email,
    generatedAt: extract.generatedAt,
    sections: extract.sections.map((s) => ({
      ...s,
      label: renderPhrase(`personalData.kind.${s.kind}`, undefined, lang),
      keptReason: s.keptReason ? renderPhrase(`personalData.kept.${s.keptReason}`, undefined, lang) : null,
    })),
  };
}

@Resolver()
export class PersonalDataResolver {
  @Query(() => PersonalDataExtract, {
    description: "Register extract: everything held about an e-mail address; also as /api/personal-data/extract.json and .pdf",
  })
  async personalDataExtract(@Arg("email") email: string, @Ctx() ctx: Context) {
    return view(await ctx.services.personalData.extract(email));
  }

  @Mutation(() => PersonalDataErasure, { description: "Erase what is held about an e-mail address where no record must be kept; the reason is recorded" })
  async erasePersonalData(@Arg("input") input: ErasePersonalDataInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const result = await ctx.services.personalData.eraseOnRequest(actor, input.email, input.reason);
    const lang = currentLocale();
    return {
      erased: result.erased.map((e) => ({ kind: e.kind, count: e.count })),
      kept: result.kept.map((k) => ({
        kind: k.kind,
        label: renderPhrase(`personalData.kind.${k.kind}`, undefined, lang),
        count: k.count,
        erasable: 0,
        keptReason: k.reason ? renderPhrase(`personalData.kept.${k.reason}`, undefined, lang) : null,
        records: [],
      })),
    };
  }

  @Mutation(() => PersonalDataRetentionRun, {
    description: "Erase personal data past the retention period now (the daily job does it too); refused while a run is under way",
  })
  runPersonalDataRetention(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.personalData.runRetentionNow(actor);
  }
}
