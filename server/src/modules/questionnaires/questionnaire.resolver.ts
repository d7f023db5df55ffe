import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { IsOptional, Matches } from "class-validator";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { validationMessage } from "../../shared/field-messages";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { QuestionnaireResults, ResponseRate } from "./questionnaire.fields";
import { Question, Questionnaire, QuestionnaireResponse } from "./questionnaire.entities";
import { AnswerInput, CreateQuestionInput, QuestionBankArgs, QuestionnairesArgs, SaveQuestionnaireInput } from "./questionnaire.inputs";
import { ResponseStatus } from "./questionnaire.state-machine";

@ObjectType()
export class QuestionPage extends Paginated(Question) {}

@ObjectType()
export class QuestionnairePage extends Paginated(Questionnaire) {}

@ObjectType()
export class QuestionnaireResponsePage extends Paginated(QuestionnaireResponse) {}

@ArgsType()
class RecipientsArgs extends PageArgs {
  @Field(() => ID)
  questionnaireId: string;

  @Field(() => ResponseStatus, { nullable: true })
  @IsOptional()
  status?: ResponseStatus;
}

@ArgsType()
class ResultsArgs {
  @Field(() => ID)
  questionnaireId: string;

  @Field(() => String, { nullable: true, description: "Länskod: the figures of that county's organisations only" })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: validationMessage("users.countyCodeFormat") })
  countyCode?: string | null;
}

@Resolver()
export class QuestionnaireResolver {
  @Query(() => QuestionPage, { description: "The bank of reusable questions" })
  async questionBank(@Args() args: QuestionBankArgs, @Ctx() ctx: Context) {
    return toPage(await ctx.services.questionnaires.questionBank(args, args), args);
  }

  @Mutation(() => Question, { description: "Add a question to the bank; its code stays the same from year to year" })
  createQuestion(@Arg("input") input: CreateQuestionInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.createQuestion(actor, input);
  }

  @Query(() => QuestionnairePage, { description: "Questionnaires my organisation owns; for those who read results, every questionnaire sent" })
  async questionnaires(@Args() args: QuestionnairesArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.questionnaires.listQuestionnaires(actor, args, args), args);
  }

  @Query(() => Questionnaire)
  questionnaire(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.questionnaire(actor, Number(id));
  }

  @Mutation(() => Questionnaire, { description: "Create (without id) or change a questionnaire in draft" })
  saveQuestionnaire(@Arg("input") input: SaveQuestionnaireInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.saveQuestionnaire(actor, input);
  }

  @Mutation(() => Questionnaire, { description: "Send to every organisation of the target group" })
  sendQuestionnaire(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.send(actor, Number(id));
  }

  @Mutation(() => Questionnaire, { description: "Remind the organisations that have not submitted their answer" })
  remindQuestionnaireRecipients(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.remind(actor, Number(id));
  }

  @Mutation(() => Questionnaire)
  closeQuestionnaire(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.close(actor, Number(id));
  }

  @Query(() => QuestionnaireResponsePage, { description: "The organisations asked and where each stands; for the owner" })
  async questionnaireRecipients(@Args() args: RecipientsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.questionnaires.recipients(actor, Number(args.questionnaireId), args.status, args), args);
  }

  @Query(() => ResponseRate, { description: "Recipients and submitted answers" })
  async questionnaireResponseRate(@Arg("questionnaireId", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return (await ctx.services.questionnaires.responseRate(actor, Number(id))).total;
  }

  @Query(() => QuestionnaireResults, { description: "Counts and shares per question, nationally or for a county" })
  questionnaireResults(@Args() args: ResultsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.results(actor, Number(args.questionnaireId), args.countyCode ?? null);
  }

  @Query(() => QuestionnaireResponsePage, { description: "The questionnaires my organisation is asked to answer" })
  async myQuestionnaireResponses(@Args() args: PageArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.questionnaires.myResponses(actor, args), args);
  }

  @Query(() => QuestionnaireResponse, { description: "A response: for the responding organisation and the questionnaire's owner" })
  async questionnaireResponse(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return (await ctx.services.questionnaires.response(actor, Number(id))).response;
  }

  @Mutation(() => QuestionnaireResponse, { description: "Open my organisation's response for answering; what the platform knows is pre-filled" })
  openQuestionnaireResponse(@Arg("questionnaireId", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.open(actor, Number(id));
  }

  @Mutation(() => QuestionnaireResponse, { description: "Save answers: a draft, or a correction after submitting, until the deadline" })
  saveQuestionnaireAnswers(
    @Arg("responseId", () => ID) responseId: string,
    @Arg("answers", () => [AnswerInput]) answers: AnswerInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.questionnaires.saveAnswers(actor, Number(responseId), answers);
  }

  @Mutation(() => QuestionnaireResponse)
  submitQuestionnaireResponse(@Arg("responseId", () => ID) responseId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.questionnaires.submit(actor, Number(responseId));
  }
}
