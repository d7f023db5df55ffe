import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { NetworkTopic } from "../networks/network.entities";
import { TrainingType } from "../trainings/training.entities";
import { type Choice, Question, QuestionType } from "./questionnaire.entities";

const TOPICS: Record<NetworkTopic, Omit<Choice, "code">> = {
  VALD_I_NARA_RELATIONER: { sv: "Våld i nära relationer", en: "Violence in close relationships" },
  HEDERSRELATERAT_VALD: { sv: "Hedersrelaterat våld och förtryck", en: "Honour-related violence and oppression" },
  PROSTITUTION_MANNISKOHANDEL: { sv: "Prostitution och människohandel", en: "Prostitution and human trafficking" },
  BARN: { sv: "Barn som upplever våld", en: "Children exposed to violence" },
  VALDSFOREBYGGANDE: { sv: "Våldsförebyggande arbete", en: "Violence prevention" },
  OTHER: { sv: "Övrigt", en: "Other" },
};

const TRAINING_TYPES: Record<Exclude<TrainingType, TrainingType.OTHER>, Omit<Choice, "code">> = {
  KURSLEDARUTBILDNING: { sv: "Kursledarutbildning", en: "Course-leader training" },
  BAS: { sv: "Grundkurs om våld i nära relationer", en: "Basic course on violence in close relationships" },
  UPPFOLJNINGSDAG: { sv: "Uppföljningsdag", en: "Follow-up day" },
  FREDA: { sv: "FREDA-bedömningsmetoder", en: "FREDA assessment methods" },
  SPETS: { sv: "Spetsutbildning", en: "Advanced training" },
  HEDERSRELATERAT_VALD: { sv: "Hedersrelaterat våld och förtryck", en: "Honour-related violence and oppression" },
  BARN_SOM_UPPLEVER_VALD: { sv: "Barn som upplever våld", en: "Children who experience violence" },
  SEX_MOT_ERSATTNING: { sv: "Sex mot ersättning", en: "Sex for compensation" },
  SOSFS_2014_4: { sv: "Föreskrifterna SOSFS 2014:4", en: "The regulations SOSFS 2014:4" },
};

const choices = <K extends string>(labels: Record<K, Omit<Choice, "code">>): Choice[] =>
  (Object.entries(labels) as [K, Omit<Choice, "code">][]).map(([code, l]) => ({ code, ...l }));

type BankEntry = Pick<Question, "code" | "type" | "textSv" | "textEn" | "options" | "allowsOther" | "matrixRows" | "prefillCode">;

/**
 * The core questions of the yearly follow-up of the länsstyrelser, with codes that stay the same
 * from year to year so that the figures compare over time.
 */
export const CORE_QUESTIONS: BankEntry[] = [
  {
    code: "NETWORKS_PER_TOPIC",
    type: QuestionType.MATRIX,
    textSv: "Har länsstyrelsen sammankallat nätverk under året, per ämne?",
    textEn: "Has the county board convened networks during the year, per topic?",
    options: [
      { code: "YES", sv: "Ja", en: "Yes" },
      { code: "NO", sv: "Nej", en: "No" },
    ],
    allowsOther: false,
    matrixRows: choices(TOPICS),
    prefillCode: "networks.convenedPerTopic",
  },
  {
    code: "TRAINING_TYPES_HELD",
    type: QuestionType.MULTIPLE_CHOICE,
    textSv: "Vilka typer av utbildningar har länsstyrelsen genomfört under året?",
    textEn: "Which types of training has the county board held during the year?",
    options: choices(TRAINING_TYPES),
    allowsOther: true,
    matrixRows: [],
    prefillCode: "trainings.typesHeld",
  },
  {
    code: "TRAININGS_HELD_COUNT",
    type: QuestionType.NUMBER,
    textSv: "Hur många utbildningstillfällen har länsstyrelsen genomfört under året?",
    textEn: "How many training events has the county board held during the year?",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: "trainings.heldCount",
  },
  {
    code: "COURSE_LEADER_IN_COUNTY",
    type: QuestionType.YES_NO_DONT_KNOW,
    textSv: "Finns det en certifierad kursledare i länet?",
    textEn: "Is there a certified course leader in the county?",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: "trainings.countyHasCourseLeader",
  },
  {
    code: "KOMMUNBESOK_COUNT",
    type: QuestionType.NUMBER,
    textSv: "Hur många kommunbesök har länsstyrelsen gjort under året?",
    textEn: "How many visits to kommuner has the county board made during the year?",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: "countyWork.visitsMade",
  },
  {
    code: "CAMPAIGNS_COUNT",
    type: QuestionType.NUMBER,
    textSv: "Hur många kampanjer har länsstyrelsen spridit under året?",
    textEn: "How many campaigns has the county board spread during the year?",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: "countyWork.campaignsRun",
  },
  {
    code: "REGIONAL_STRATEGY",
    type: QuestionType.YES_NO_DONT_KNOW,
    textSv: "Finns det en regional strategi mot mäns våld mot kvinnor i länet?",
    textEn: "Is there a regional strategy against men's violence against women in the county?",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: "countyWork.strategyAdopted",
  },
  {
    code: "YEAR_COMMENTS",
    type: QuestionType.TEXT,
    textSv: "Övriga kommentarer om årets arbete",
    textEn: "Other comments on the year's work",
    options: [],
    allowsOther: false,
    matrixRows: [],
    prefillCode: null,
  },
];

/** Adds the core questions that are missing from the bank; returns the bank's core questions in order. */
export async function seedQuestionBank(m: EntityManager): Promise<{ inserted: number; questions: Question[] }> {
  const have = new Set((await m.find(Question, { select: { code: true } })).map((q) => q.code));
  const missing = CORE_QUESTIONS.filter((q) => !have.has(q.code));
  if (missing.length) await m.insert(Question, missing.map((q) => ({ ...q, ownerOrganisationId: null })) as never);
  const byCode = new Map((await m.findBy(Question, { code: In(CORE_QUESTIONS.map((q) => q.code)) })).map((q) => [q.code, q]));
  return { inserted: missing.length, questions: CORE_QUESTIONS.map((q) => byCode.get(q.code)!) };
}
