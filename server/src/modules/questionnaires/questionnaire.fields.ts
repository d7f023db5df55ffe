import { GraphQLJSON } from "graphql-scalars";
import { Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { type BarChart, barChartSpec } from "../../shared/charts";
import { currentLocale } from "../../shared/request-context";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { type Answer, type AnswerValue, Choice, Question, Questionnaire, QuestionnaireResponse, QuestionType } from "./questionnaire.entities";
import { choicesOf, type QuestionFigures, sameValue } from "./questionnaire.service";
import { QuestionnaireAction, QuestionnaireResponseAction } from "./questionnaire.state-machine";

@ObjectType()
export class MatrixCell {
  @Field()
  row: string;

  @Field()
  column: string;
}

@ObjectType({ description: "An answer's value: the field that fits the question's type" })
export class AnswerValueView {
  @Field(() => String, { nullable: true })
  choice: string | null;

  @Field(() => [String], { nullable: true })
  choices: string[] | null;

  @Field(() => Float, { nullable: true })
  number: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => [MatrixCell], { nullable: true })
  matrix: MatrixCell[] | null;
}

export function valueView(v: AnswerValue | null): AnswerValueView | null {
  if (!v) return null;
  return {
    choice: v.choice ?? null,
    choices: v.choices ?? null,
    number: v.number ?? null,
    text: v.text ?? null,
    matrix: v.matrix ? Object.entries(v.matrix).map(([row, column]) => ({ row, column })) : null,
  };
}

@ObjectType("QuestionnaireAnswer")
export class AnswerView {
  @Field(() => ID)
  questionId: number;

  @Field(() => AnswerValueView, { nullable: true })
  value: AnswerValueView | null;

  @Field(() => String, { nullable: true })
  otherText: string | null;

  @Field(() => String, { nullable: true, description: "A free-text comment beside the answer" })
  comment: string | null;

  @Field({ description: "Filled in from the platform's data" })
  prefilled: boolean;

  @Field(() => AnswerValueView, { nullable: true, description: "What the platform's data said" })
  prefilledValue: AnswerValueView | null;

  @Field({ description: "Pre-filled and since changed by the respondent" })
  changedFromPrefill: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  updatedById: number | null;
}

@ObjectType()
export class QuestionnaireQuestion {
  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true })
  section: string | null;

  @Field(() => Question)
  question: Question;
}

@ObjectType()
export class ResponseRate {
  @Field(() => Int)
  recipients: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Float, { description: "submitted / recipients, 0–1" })
  share: number;
}

@ObjectType()
export class CountyResponseRate extends ResponseRate {
  @Field()
  countyCode: string;
}

@ObjectType()
export class ChoiceCount {
  @Field()
  code: string;

  @Field()
  sv: string;

  @Field()
  en: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: "Of those who answered the question, 0–1" })
  share: number;
}

@ObjectType()
export class MatrixCellCount {
  @Field()
  row: string;

  @Field()
  column: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, { description: "Of those who answered the row, 0–1" })
  share: number;
}

@ObjectType()
export class QuestionResult {
  @Field(() => Question)
  question: Question;

  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true })
  section: string | null;

  @Field(() => Int, { description: "How many submitted answers the question has" })
  answered: number;

  @Field(() => [ChoiceCount])
  choices: ChoiceCount[];

  @Field(() => [MatrixCellCount])
  cells: MatrixCellCount[];

  @Field(() => Float, { nullable: true, description: "Number and amount questions" })
  sum: number | null;

  @Field(() => Float, { nullable: true })
  mean: number | null;
}

@ObjectType()
export class QuestionnaireResults {
  @Field(() => Questionnaire)
  questionnaire: Questionnaire;

  @Field(() => String, { nullable: true, description: "The county the figures are for; null for the whole country" })
  countyCode: string | null;

  @Field(() => ResponseRate)
  responseRate: ResponseRate;

  @Field(() => [CountyResponseRate])
  byCounty: CountyResponseRate[];

  @Field(() => [QuestionResult])
  questions: QuestionResult[];
}

/** The chart of a question's figures, in the request's language: shares per choice, or per matrix row and column. */
export function chartOf(r: QuestionFigures): BarChart | null {
  const lang = currentLocale();
  const label = (c: Choice) => (lang === "en" ? c.en : c.sv);
  const title = lang === "en" ? r.question.textEn : r.question.textSv;
  const unit = lang === "en" ? "% of those who answered" : "% av de som svarat";
  const pct = (s: number) => Math.round(s * 1000) / 10;
  if (r.choices.length) return { title, unit, categories: r.choices.map(label), series: [{ name: title, values: r.choices.map((c) => pct(c.share)) }] };
  if (r.question.type === QuestionType.MATRIX)
    return {
      title,
      unit,
      categories: r.question.matrixRows.map(label),
      series: r.question.options.map((col) => ({
        name: label(col),
        values: r.question.matrixRows.map((row) => pct(r.cells.find((c) => c.row === row.code && c.column === col.code)?.share ?? 0)),
      })),
    };
  return null;
}

@Resolver(() => QuestionResult)
export class QuestionResultFields {
  @FieldResolver(() => GraphQLJSON, { nullable: true, description: "A Vega-Lite specification of the question's bar chart" })
  chart(@Root() r: QuestionFigures) {
    const chart = chartOf(r);
    return chart ? barChartSpec(chart) : null;
  }
}

@Resolver(() => Question)
export class QuestionFields {
  @FieldResolver(() => [Choice], { description: "What may be answered: the fixed three of yes/no/don't know, the options, and OTHER where allowed" })
  choices(@Root() q: Question) {
    return choicesOf(q);
  }
}

@Resolver(() => Questionnaire)
export class QuestionnaireFields {
  @FieldResolver(() => Organisation)
  owner(@Root() q: Questionnaire, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(q.ownerOrganisationId);
  }

  @FieldResolver(() => [QuestionnaireQuestion])
  async questions(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<QuestionnaireQuestion[]> {
    const items = await ctx.loaders.itemsByQuestionnaireId.load(q.id);
    const questions = await ctx.loaders.questionById.loadMany(items.map((i) => i.questionId));
    return items.map((i, n) => ({ position: i.position, section: i.section, question: questions[n] as Question }));
  }

  @FieldResolver(() => [QuestionnaireAction])
  availableActions(@Root() q: Questionnaire, @Ctx() ctx: Context) {
    return ctx.actor ? ctx.services.questionnaires.questionnaireActions(ctx.actor, q) : [];
  }

  @FieldResolver(() => ResponseRate, { nullable: true, description: "For the owner and those who read results" })
  async responseRate(@Root() q: Questionnaire, @Ctx() ctx: Context): Promise<ResponseRate | null> {
    if (!ctx.actor || ctx.services.questionnaires.canReadResults(ctx.actor, q)) return null;
    const c = await ctx.loaders.responseCountsByQuestionnaireId.load(q.id);
    return { ...c, share: c.recipients ? c.submitted / c.recipients : 0 };
  }

  @FieldResolver(() => QuestionnaireResponse, { nullable: true, description: "My organisation's response, when it was asked" })
  myResponse(@Root() q: Questionnaire, @Ctx() ctx: Context) {
    return ctx.actor ? ctx.loaders.responseByQuestionnaireAndOrganisation.load(`${q.id}:${ctx.actor.organisationId}`) : null;
  }
}

@Resolver(() => QuestionnaireResponse)
export class QuestionnaireResponseFields {
  @FieldResolver(() => Questionnaire)
  questionnaire(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    return ctx.loaders.questionnaireById.load(r.questionnaireId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(r.organisationId);
  }

  @FieldResolver(() => User, { nullable: true })
  submittedBy(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    return r.submittedById ? ctx.loaders.userById.load(r.submittedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  updatedBy(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    return r.updatedById ? ctx.loaders.userById.load(r.updatedById) : null;
  }

  @FieldResolver(() => [AnswerView], { description: "Only for the responding organisation and the questionnaire's owner" })
  async answers(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context): Promise<AnswerView[]> {
    const q = await ctx.loaders.questionnaireById.load(r.questionnaireId);
    if (!ctx.actor || !q || (r.organisationId !== ctx.actor.organisationId && !ctx.services.questionnaires.isOwner(ctx.actor, q))) return [];
    return (await ctx.loaders.answersByResponseId.load(r.id)).map((a: Answer) => ({
      questionId: a.questionId,
      value: valueView(a.value),
      otherText: a.otherText,
      comment: a.comment,
      prefilled: a.prefilled,
      prefilledValue: valueView(a.prefilledValue),
      changedFromPrefill: a.prefilled && !sameValue(a.value, a.prefilledValue),
      updatedAt: a.updatedAt,
      updatedById: a.updatedById,
    }));
  }

  @FieldResolver(() => [QuestionnaireResponseAction])
  async availableActions(@Root() r: QuestionnaireResponse, @Ctx() ctx: Context) {
    const q = await ctx.loaders.questionnaireById.load(r.questionnaireId);
    return ctx.actor && q ? ctx.services.questionnaires.responseActions(ctx.actor, r, q) : [];
  }
}

@Resolver(() => AnswerView)
export class AnswerFields {
  @FieldResolver(() => User, { nullable: true, description: "Who changed the answer last (null when only pre-filled)" })
  updatedBy(@Root() a: AnswerView, @Ctx() ctx: Context) {
    return a.updatedById ? ctx.loaders.userById.load(a.updatedById) : null;
  }
}
