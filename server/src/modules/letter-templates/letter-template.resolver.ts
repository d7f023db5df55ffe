import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { LongText } from "../../graphql/long-text";
import { GrantProgramme } from "../grants/grant-call.entity";
import { LetterTemplateKind, LetterTemplateVersion } from "./letter-template.entity";
import type { LetterTemplateDraft } from "./letter-template.service";

@ObjectType({ description: "A template's subject (e-mails only) and text in one language" })
export class LetterTemplateTexts {
  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field()
  body: string;
}

@ObjectType({ description: "The template of one kind for a programme or a call, as it applies now" })
export class LetterTemplateScope {
  @Field(() => LetterTemplateKind)
  kind: LetterTemplateKind;

  @Field(() => GrantProgramme)
  programme: GrantProgramme;

  @Field(() => ID, { nullable: true })
  callId: number | null;

  @Field(() => LetterTemplateVersion, { nullable: true, description: "The version in use; null while the built-in text applies" })
  current: LetterTemplateVersion | null;

  @Field({ description: "The version in use is the programme's (the call has none of its own)" })
  inherited: boolean;

  @Field({ description: "The template has a subject (an e-mail)" })
  hasSubject: boolean;

  @Field(() => [String], { description: "The placeholders the template may use, written {{name}}" })
  placeholders: string[];

  @Field(() => LetterTemplateTexts, { description: "The built-in Swedish text of the message catalogue" })
  builtInSv: LetterTemplateTexts;

  @Field(() => LetterTemplateTexts, { description: "The built-in English text of the message catalogue" })
  builtInEn: LetterTemplateTexts;
}

@ObjectType({ description: "A template rendered for an application, in both languages" })
export class LetterTemplatePreview {
  @Field(() => LetterTemplateTexts)
  sv: LetterTemplateTexts;

  @Field(() => LetterTemplateTexts)
  en: LetterTemplateTexts;

  @Field(() => ID, { nullable: true, description: "The application rendered; null for the sample" })
  applicationId: string | null;
}

@InputType()
export class LetterTemplateInput {
  @Field(() => LetterTemplateKind)
  kind: LetterTemplateKind;

  @Field(() => GrantProgramme)
  programme: GrantProgramme;

  @Field(() => ID, { nullable: true, description: "The call whose own template this is; null for the programme's" })
  callId?: string | null;

  @Field(() => String, { nullable: true, description: "E-mails: the subject in Swedish" })
  subjectSv?: string | null;

  @Field(() => String, { nullable: true, description: "E-mails: the subject in English" })
  subjectEn?: string | null;

  @LongText()
  @Field({ description: "The text in Swedish, with {{placeholders}}; blank lines separate paragraphs" })
  bodySv: string;

  @LongText()
  @Field({ description: "The text in English" })
  bodyEn: string;
}

function draft(input: LetterTemplateInput): LetterTemplateDraft {
  return {
    kind: input.kind,
    programme: input.programme,
    callId: input.callId != null ? Number(input.callId) : null,
    subjectSv: input.subjectSv ?? null,
    subjectEn: input.subjectEn ?? null,
    bodySv: input.bodySv,
    bodyEn: input.bodyEn,
  };
}

@Resolver()
export class LetterTemplateResolver {
  @Query(() => LetterTemplateScope, { description: "The template of a kind for a programme, or a call (which overrides its programme's)" })
  letterTemplate(
    @Arg("kind", () => LetterTemplateKind) kind: LetterTemplateKind,
    @Arg("programme", () => GrantProgramme) programme: GrantProgramme,
    @Arg("callId", () => ID, { nullable: true }) callId: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.letterTemplates.scope(actor, kind, programme, callId != null ? Number(callId) : null);
  }

  @Query(() => [LetterTemplateVersion], { description: "The versions of a programme's or call's template, newest first (at most 50)" })
  letterTemplateVersions(
    @Arg("kind", () => LetterTemplateKind) kind: LetterTemplateKind,
    @Arg("programme", () => GrantProgramme) programme: GrantProgramme,
    @Arg("callId", () => ID, { nullable: true }) callId: string | null,
    @Arg("limit", () => Int, { defaultValue: 20 }) limit: number,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.letterTemplates.versions(actor, kind, programme, callId != null ? Number(callId) : null, limit);
  }

  @Query(() => LetterTemplatePreview, { description: "A draft rendered for an application (or a sample one) in Swedish and English; nothing is stored" })
  previewLetterTemplate(
    @Arg("input") input: LetterTemplateInput,
    @Arg("applicationId", () => ID, { nullable: true }) applicationId: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.letterTemplates.preview(actor, draft(input), applicationId != null ? Number(applicationId) : null);
  }

  @Mutation(() => LetterTemplateVersion, { description: "Publish a template as a new version; letters sent from now on use it" })
  publishLetterTemplate(@Arg("input") input: LetterTemplateInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.letterTemplates.publish(actor, draft(input));
  }
}
