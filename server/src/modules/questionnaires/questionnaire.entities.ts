import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { QuestionnaireStatus, ResponseStatus } from "./questionnaire.state-machine";

export { QuestionnaireStatus, ResponseStatus };

export enum QuestionType {
  YES_NO_DONT_KNOW = "YES_NO_DONT_KNOW",
  SINGLE_CHOICE = "SINGLE_CHOICE",
  MULTIPLE_CHOICE = "MULTIPLE_CHOICE",
  NUMBER = "NUMBER",
  AMOUNT = "AMOUNT",
  TEXT = "TEXT",
  MATRIX = "MATRIX",
}
registerEnumType(QuestionType, {
  name: "QuestionType",
  description: "Ja/nej/vet ej, ett val, flera val, antal, belopp (kr), fritext, matris (ett val per rad)",
});

export enum TargetGroup {
  LANSSTYRELSER = "LANSSTYRELSER",
  KOMMUNER = "KOMMUNER",
  REGIONER = "REGIONER",
  NGOS_WITH_GRANTS = "NGOS_WITH_GRANTS",
}
registerEnumType(TargetGroup, { name: "QuestionnaireTargetGroup", description: "Who a questionnaire is sent to" });

/** A choice, a matrix row (a topic) or a matrix column, with a code that stays the same from year to year. */
@ObjectType("QuestionChoice")
export class Choice {
  @Field()
  code: string;

  @Field()
  sv: string;

  @Field()
  en: string;
}

/** The fixed choices of a yes / no / don't know question. */
export const YES_NO_DONT_KNOW: Choice[] = [
  { code: "YES", sv: "Ja", en: "Yes" },
  { code: "NO", sv: "Nej", en: "No" },
  { code: "DONT_KNOW", sv: "Vet ej", en: "Don't know" },
];

/** The code under which answers of "other" are counted. */
export const OTHER = "OTHER";

/** A question of the bank, reused from year to year under its code so that figures compare over time. */
@ObjectType()
@Entity("question")
export class Question {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  /** Stable, e.g. NETWORK_KVINNOFRID. */
  @Field()
  @Index({ unique: true })
  @Column({ type: "varchar", length: 60 })
  code: string;

  @Field(() => QuestionType)
  @Column({ type: "varchar", length: 30 })
  type: QuestionType;

  @Field()
  @Column({ type: "varchar", length: 500 })
  textSv: string;

  @Field()
  @Column({ type: "varchar", length: 500 })
  textEn: string;

  /** Single and multiple choice: the choices (without "other"); matrix: the columns. */
  @Field(() => [Choice])
  @Column({ type: "simple-json" })
  options: Choice[];

  /** Single and multiple choice: an "other" choice with a text of its own. */
  @Field()
  @Column({ type: "boolean", default: false })
  allowsOther: boolean;

  /** Matrix rows (topics). */
  @Field(() => [Choice])
  @Column({ type: "simple-json" })
  matrixRows: Choice[];

  /** The pre-fill provider (prefill.ts) that knows the answer from the platform's data, if any. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 60, nullable: true })
  prefillCode: string | null;

  @Column({ type: "int", nullable: true })
  ownerOrganisationId: number | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

@ObjectType()
@Entity("questionnaire")
@Index(["ownerOrganisationId", "year"])
export class Questionnaire {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  titleSv: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  titleEn: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => TargetGroup)
  @Column({ type: "varchar", length: 30 })
  targetGroup: TargetGroup;

  @Column({ type: "int" })
  ownerOrganisationId: number;

  @Field(() => QuestionnaireStatus)
  @Column({ type: "varchar", length: 20 })
  status: QuestionnaireStatus;

  /** Last day to answer, YYYY-MM-DD; answers may be corrected until the day has passed (Swedish time). */
  @Field()
  @Column({ type: "varchar", length: 10 })
  deadline: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  closedAt: Date | null;

  /** The last reminder, by hand or the automatic one before the deadline. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  remindedAt: Date | null;

  /** The automatic reminder a few days before the deadline, sent once. */
  @Column({ type: "datetime", nullable: true })
  autoReminderSentAt: Date | null;

  @Column({ type: "int", nullable: true })
  createdById: number | null;

  /** Codes of questions that must stay in the questionnaire whatever else changes (a form whose figures compare across years). */
  @Field(() => [String], { nullable: true, description: "Codes of the core questions that cannot be removed" })
  @Column({ type: "simple-json", nullable: true })
  coreCodes: string[] | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** A question's place in a questionnaire. */
@Entity("questionnaire_item")
export class QuestionnaireItem {
  @PrimaryColumn({ type: "int" })
  questionnaireId: number;

  @Index()
  @PrimaryColumn({ type: "int" })
  questionId: number;

  @Column({ type: "int" })
  position: number;

  @Column({ type: "varchar", length: 200, nullable: true })
  section: string | null;
}

/** An organisation's one answer to a questionnaire, which several of its people may work on. */
@ObjectType()
@Entity("questionnaire_response")
@Index(["questionnaireId", "organisationId"], { unique: true })
export class QuestionnaireResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  questionnaireId: number;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @Field(() => ResponseStatus)
  @Column({ type: "varchar", length: 20 })
  status: ResponseStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  submittedAt: Date | null;

  @Column({ type: "int", nullable: true })
  submittedById: number | null;

  @Column({ type: "int", nullable: true })
  updatedById: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  updatedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** The value of an answer, one shape for every question type. */
export interface AnswerValue {
  /** Yes/no/don't know and single choice: the choice's code (OTHER for "other"). */
  choice?: string;
  /** Multiple choice. */
  choices?: string[];
  /** Number and amount (whole kronor). */
  number?: number;
  text?: string;
  /** Matrix: the chosen column per row. */
  matrix?: Record<string, string>;
}

/**
 * The columns of an answer to one question: its value, the "other" text and the comment. The
 * questionnaire's answers and the coded answers of a grant's partial reports extend it.
 */
export abstract class AnswerColumns {
  @Column({ type: "simple-json", nullable: true })
  value: AnswerValue | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  otherText: string | null;

  /** A free-text comment the respondent writes beside a coded answer. */
  @Column({ type: "varchar", length: 2000, nullable: true })
  comment: string | null;
}

@Entity("questionnaire_answer")
export class Answer extends AnswerColumns {
  @PrimaryColumn({ type: "int" })
  responseId: number;

  @PrimaryColumn({ type: "int" })
  questionId: number;

  /** Filled from the platform's data; the respondent confirms or corrects it. */
  @Column({ type: "boolean", default: false })
  prefilled: boolean;

  @Column({ type: "simple-json", nullable: true })
  prefilledValue: AnswerValue | null;

  @Column({ type: "int", nullable: true })
  updatedById: number | null;

  @Column({ type: "datetime", nullable: true })
  updatedAt: Date | null;
}
