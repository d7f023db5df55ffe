import {
  Campaign,
  CampaignChannel,
  CampaignScope,
  Method,
  MethodSpread,
  MunicipalityVisit,
  RegionalStrategy,
  StrategyKind,
  StrategyStatus,
} from "../modules/county-work/county-work.entities";
import { NetworkTopic } from "../modules/networks/network.entities";
import { Organisation, OrganisationKind } from "../modules/organisations/organisation.entity";
import { seedQuestionBank } from "../modules/questionnaires/question-bank";
import {
  Answer,
  Question,
  QuestionType,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireStatus,
  ResponseStatus,
  TargetGroup,
  YES_NO_DONT_KNOW,
} from "../modules/questionnaires/questionnaire.entities";
import type { Database } from "./database";

/**
 * DEMO DATA. The county boards' own work of 2017 and the year's two surveys, shaped after the
 * länsstyrelser' report for 2017 (seed 004). Of the 21 länsstyrelser: 15 (71 %) spread national
 * campaigns (Du avgör; Resekurage with 28 articles and about 276 500 readers); methods spread
 * (Figur 3) by whole länsstyrelser, the closest count to the report's share: Liten och Trygg 4
 * (19 %; the report says 17 %, 3 would be 14 %), the web course on honour-related violence 8
 * (38 %), Bygga Broar 5 (24 %; report 23 %), NMT-manualen 7 (33 %), MVP 6 (29 %; report 30 %);
 * regional strategies adopted or revised by 15 (71 %), started by the other 6 (29 %), linked to
 * gender mainstreaming by 17 (81 %). Which county did what is invented: only the totals follow the
 * report.
 *
 * The surveys: the länsstyrelser' survey answered by all 21; the kommun survey by 148. The report
 * counts 148 of 309 respondents (persons, 48 %); the platform asks each kommun once, so here 148 of
 * the 290 kommuner have submitted (51 %). Of them 63 % have a kvinnofridssamordnare and 43 % goals
 * and indicators in the budget (93 and 64 of 148).
 */
const YEAR = 2017;
const MARK = " (demodata)";
const NOTE = "Demodata byggd på länsstyrelsernas redovisning för 2017.";

/** Methods of Figur 3 and how many länsstyrelser spread each. */
const SPREAD: [string, number][] = [
  ["Liten och Trygg", 4],
  ["Webbutbildning om hedersrelaterat våld och förtryck", 8],
  ["Bygga Broar", 5],
  ["NMT-manualen", 7],
  ["MVP", 6],
];

/** A method of Figur 3 that is not among the platform's reference methods. */
const NEW_METHODS: Record<string, string> = {
  "Webbutbildning om hedersrelaterat våld och förtryck": "Webbutbildning framtagen av Länsstyrelsen Östergötland.",
};

/** Questions of the kommun survey, kept in the bank under codes of their own. */
const KOMMUN_QUESTIONS = [
  {
    code: "KOMMUN_KVINNOFRIDSSAMORDNARE",
    textSv: "Har kommunen en kvinnofridssamordnare, strateg eller motsvarande?",
    textEn: "Does the municipality have a coordinator against violence, a strategist or equivalent?",
    yes: 93,
  },
  {
    code: "KOMMUN_GOALS_IN_BUDGET",
    textSv: "Har kommunen mål och indikatorer för arbetet mot våld i budgeten för året?",
    textEn: "Does the municipality's budget for the year have goals and indicators for the work against violence?",
    yes: 64,
  },
];
const KOMMUN_SUBMITTED = 148;

export async function seedCountyWorkHistory(db: Database): Promise<number> {
  const seeded = await db.manager
    .createQueryBuilder(Campaign, "c")
    .where("c.title LIKE :t", { t: `%${MARK}` })
    .getCount();
  if (seeded) return 0;
  const orgs = await db.manager.find(Organisation, { order: { code: "ASC" } });
  const lansstyrelser = orgs.filter((o) => o.kind === OrganisationKind.LANSSTYRELSE).sort((a, b) => (a.countyCode ?? "").localeCompare(b.countyCode ?? ""));
  const kommuner = orgs.filter((o) => o.kind === OrganisationKind.KOMMUN);
  const sos = orgs.find((o) => o.kind === OrganisationKind.SOCIALSTYRELSEN);
  if (lansstyrelser.length !== 21 || !sos) return 0;

  return db.transaction(async (m) => {
    let inserted = 0;
    const stockholm = lansstyrelser.find((l) => l.countyCode === "01") ?? lansstyrelser[0];
    const vasterbotten = lansstyrelser.find((l) => l.countyCode === "24") ?? lansstyrelser[20];

    // Campaigns: 15 spread Du avgör; Stockholm and Västerbotten also Resekurage in December.
    const duAvgor = [...lansstyrelser.filter((l) => l !== vasterbotten).slice(0, 14), vasterbotten];
    const campaign = (lst: Organisation, title: string, extra: Partial<Campaign>) => ({
      countyBoardOrganisationId: lst.id,
      title: `${title}${MARK}`,
      scope: CampaignScope.NATIONAL,
      topic: NetworkTopic.PROSTITUTION_MANNISKOHANDEL,
      channels: [CampaignChannel.SOCIAL_MEDIA, CampaignChannel.WEB],
      periodStart: `${YEAR}-01-01`,
      periodEnd: `${YEAR}-12-31`,
      year: YEAR,
      kommunerReached: null,
      peopleReached: null,
      articles: null,
      readers: null,
      methodIds: [],
      notes: NOTE,
      ...extra,
    });
    const campaigns = [
      ...duAvgor.map((l) => campaign(l, "Du avgör", l === stockholm ? { peopleReached: 2_365_790 } : {})),
      ...[stockholm, vasterbotten].map((l) =>
        campaign(l, "Resekurage", {
          channels: [CampaignChannel.PRESS, CampaignChannel.SOCIAL_MEDIA, CampaignChannel.PRINTED_MATERIAL, CampaignChannel.OUTDOOR],
          periodStart: `${YEAR}-12-01`,
          // The press coverage of the campaign is reported once, by the länsstyrelse that led it.
          ...(l === stockholm ? { peopleReached: 2_177_000, articles: 28, readers: 276_500 } : {}),
        }),
      ),
    ];
    await m.insert(Campaign, campaigns);
    inserted += campaigns.length;

    // Methods (Figur 3), each spread by the länsstyrelser from a different place in the list.
    const haveMethods = new Map((await m.find(Method)).map((x) => [x.name, x]));
    for (const [i, [name, count]] of SPREAD.entries()) {
      let method = haveMethods.get(name);
      if (!method) {
        method = await m.save(m.create(Method, { name, description: NEW_METHODS[name] ?? "", active: true }));
        inserted++;
      }
      const spreaders = Array.from({ length: count }, (_, k) => lansstyrelser[(i * 4 + k) % 21]);
      await m.insert(
        MethodSpread,
        spreaders.map((l) => ({
          countyBoardOrganisationId: l.id,
          methodId: method.id,
          year: YEAR,
          kommunerReached: null,
          organisationsReached: null,
          note: NOTE,
        })),
      );
      inserted += count;
    }

    // Strategies: 15 adopted or revised, 6 started; 17 linked to gender mainstreaming.
    await m.insert(
      RegionalStrategy,
      lansstyrelser.map((l, i) => ({
        countyBoardOrganisationId: l.id,
        kind: i % 3 === 0 ? StrategyKind.ACTION_PLAN : StrategyKind.STRATEGY,
        title: `Regional strategi mot mäns våld mot kvinnor, ${l.name}${MARK}`,
        year: YEAR,
        status: i < 15 ? (i % 2 ? StrategyStatus.REVISED : StrategyStatus.ADOPTED) : StrategyStatus.STARTED,
        adoptedOn: i < 15 ? `${YEAR}-${String(2 + (i % 10)).padStart(2, "0")}-15` : null,
        linkedToGenderMainstreaming: i < 17,
        notes: NOTE,
        documentFilename: null,
        documentContentType: null,
        documentSize: null,
        documentStorageName: null,
      })),
    );
    inserted += 21;

    // Kommunbesök: every länsstyrelse visited three of its kommuner.
    const visits = lansstyrelser.flatMap((l, i) =>
      kommuner
        .filter((k) => k.countyCode === l.countyCode)
        .slice(0, 3)
        .map((k, j) => ({
          countyBoardOrganisationId: l.id,
          kommunOrganisationId: k.id,
          date: `${YEAR}-${String(3 + ((i + j * 3) % 9)).padStart(2, "0")}-1${j}`,
          year: YEAR,
          topics: [NetworkTopic.VALD_I_NARA_RELATIONER],
          participants: "Socialchef och kvinnofridssamordnare",
          notes: NOTE,
        })),
    );
    for (let i = 0; i < visits.length; i += 100) await m.insert(MunicipalityVisit, visits.slice(i, i + 100));
    inserted += visits.length;

    // The two surveys, closed after the deadline in January 2018.
    const survey = async (titleSv: string, titleEn: string, targetGroup: TargetGroup) =>
      m.save(
        m.create(Questionnaire, {
          titleSv: `${titleSv}${MARK}`,
          titleEn: `${titleEn} (demo data)`,
          year: YEAR,
          targetGroup,
          ownerOrganisationId: sos.id,
          status: QuestionnaireStatus.CLOSED,
          deadline: `${YEAR + 1}-01-31`,
          sentAt: new Date(`${YEAR}-12-01T08:00:00Z`),
          closedAt: new Date(`${YEAR + 1}-02-01T08:00:00Z`),
          remindedAt: null,
          autoReminderSentAt: null,
          createdById: null,
        }),
      );
    const respond = async (questionnaireId: number, recipients: Organisation[], submitted: number) => {
      const rows = recipients.map((o, i) => ({
        questionnaireId,
        organisationId: o.id,
        status: i < submitted ? ResponseStatus.SUBMITTED : ResponseStatus.DRAFT,
        submittedAt: i < submitted ? new Date(`${YEAR + 1}-01-${String(10 + (i % 20)).padStart(2, "0")}T10:00:00Z`) : null,
        submittedById: null,
        updatedById: null,
        updatedAt: null,
      }));
      for (let i = 0; i < rows.length; i += 100) await m.insert(QuestionnaireResponse, rows.slice(i, i + 100));
      const byOrg = new Map(
        (await m.find(QuestionnaireResponse, { where: { questionnaireId }, select: { id: true, organisationId: true } })).map((r) => [r.organisationId, r.id]),
      );
      inserted += 1 + rows.length;
      return recipients.slice(0, submitted).map((o) => byOrg.get(o.id)!);
    };
    const answer = (responseId: number, questionId: number, choice: string) => ({
      responseId,
      questionId,
      value: { choice },
      otherText: null,
      prefilled: false,
      prefilledValue: null,
      updatedById: null,
      updatedAt: null,
    });

    // The länsstyrelser' survey: the core questions of the yearly follow-up, all 21 submitted.
    const core = (await seedQuestionBank(m)).questions;
    const lstSurvey = await survey("Länsstyrelsernas uppföljning 2017", "The county boards' follow-up 2017", TargetGroup.LANSSTYRELSER);
    await m.insert(
      QuestionnaireItem,
      core.map((q, i) => ({ questionnaireId: lstSurvey.id, questionId: q.id, position: i + 1, section: null })),
    );
    const lstResponses = await respond(lstSurvey.id, lansstyrelser, 21);
    const strategyQuestion = core.find((q) => q.code === "REGIONAL_STRATEGY");
    if (strategyQuestion)
      await m.insert(
        Answer,
        lstResponses.map((r, i) => answer(r, strategyQuestion.id, i < 15 ? "YES" : "NO")),
      );

    // The kommun survey: two questions, 148 of the 290 kommuner submitted.
    const have = new Map((await m.find(Question)).map((q) => [q.code, q]));
    const questions: Question[] = [];
    for (const spec of KOMMUN_QUESTIONS) {
      let q = have.get(spec.code);
      if (!q) {
        q = await m.save(
          m.create(Question, {
            code: spec.code,
            type: QuestionType.YES_NO_DONT_KNOW,
            textSv: spec.textSv,
            textEn: spec.textEn,
            options: [],
            allowsOther: false,
            matrixRows: [],
            prefillCode: null,
            ownerOrganisationId: sos.id,
          }),
        );
        inserted++;
      }
      questions.push(q);
    }
    const kommunSurvey = await survey("Kommunundersökningen 2017", "The municipality survey 2017", TargetGroup.KOMMUNER);
    await m.insert(
      QuestionnaireItem,
      questions.map((q, i) => ({ questionnaireId: kommunSurvey.id, questionId: q.id, position: i + 1, section: null })),
    );
    // Spread over the country: every other kommun, then the next ones until 148.
    const ordered = [...kommuner.filter((_, i) => i % 2 === 0), ...kommuner.filter((_, i) => i % 2 === 1)];
    const kommunResponses = await respond(kommunSurvey.id, ordered, KOMMUN_SUBMITTED);
    for (const [qi, spec] of KOMMUN_QUESTIONS.entries()) {
      const rows = kommunResponses.map((r, i) =>
        answer(r, questions[qi].id, i < spec.yes ? "YES" : i < KOMMUN_SUBMITTED - 10 ? "NO" : YES_NO_DONT_KNOW[2].code),
      );
      await m.insert(Answer, rows);
    }
    return inserted;
  });
}
