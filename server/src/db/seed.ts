import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { In } from "typeorm";
import { hashPassword } from "../auth/passwords";
import { Role } from "../auth/roles";
import { County } from "../modules/organisations/county.entity";
import { Organisation, OrganisationKind } from "../modules/organisations/organisation.entity";
import { PopulationFigure } from "../modules/organisations/population-figure.entity";
import { User } from "../modules/users/user.entity";
import type { Database } from "./database";
import { GrantCall, GrantProgramme } from "../modules/grants/grant-call.entity";
import { addDays, stockholmDate } from "../shared/dates";
import { Network, NetworkMember, NetworkTopic } from "../modules/networks/network.entities";
import { seedQuestionBank } from "../modules/questionnaires/question-bank";
import { ensureCoreFollowUpQuestions } from "../modules/development-funds/follow-up-form";
import { Questionnaire, QuestionnaireItem, QuestionnaireStatus, TargetGroup } from "../modules/questionnaires/questionnaire.entities";
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

export const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(__dirname, "../../../seeds");

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(SEEDS_DIR, "reference", file), "utf8"), { columns: true, skip_empty_lines: true });
}

type OrgSeed = Omit<Organisation, "id" | "createdAt" | "organisationNumber"> & { organisationNumber?: string | null };

/** Every organisation the reference data describes: 290 kommuner, 21 regioner, 21 länsstyrelser, national bodies, NGOs. */
export function referenceOrganisations(): OrgSeed[] {
  const none = { population: null, populationYear: null, municipalityGroupCode: null, municipalityGroupName: null };
  const kommuner = readCsv("kommuner.csv").map((r) => ({
    kind: OrganisationKind.KOMMUN,
    code: r.kod,
    name: r.namn,
    countyCode: r.lan_kod,
    population: Number(r.invanare),
    populationYear: Number(r.invanare_ar),
    municipalityGroupCode: r.kommungrupp_kod,
    municipalityGroupName: r.kommungrupp_namn,
  }));
  const regioner = readCsv("regioner.csv").map((r) => ({ ...none, kind: OrganisationKind.REGION, code: `R${r.kod}`, name: r.namn, countyCode: r.lan_kod }));
  const lst = readCsv("lansstyrelser.csv").map((r) => ({
    ...none,
    kind: OrganisationKind.LANSSTYRELSE,
    code: `L${r.lan_kod}`,
    name: r.namn,
    countyCode: r.lan_kod,
  }));
  const national = readCsv("nationella-organisationer.csv").map((r) => ({
    ...none,
    kind: r.typ as OrganisationKind,
    code: r.kod,
    name: r.namn,
    countyCode: r.lan_kod || null,
  }));
  return [...national, ...lst, ...regioner, ...kommuner];
}

/** Inserts the counties and organisations that are missing; running it twice changes nothing. */
export async function seedReference(db: Database): Promise<{ inserted: number }> {
  return db.transaction(async (m) => {
    const counties = readCsv("lan.csv").map((r) => ({ code: r.kod, name: r.namn }));
    const haveCounties = new Set((await m.find(County, { select: { code: true } })).map((c) => c.code));
    const newCounties = counties.filter((c) => !haveCounties.has(c.code));
    if (newCounties.length) await m.insert(County, newCounties);

    const orgs = referenceOrganisations();
    const have = new Set((await m.find(Organisation, { select: { code: true } })).map((o) => o.code));
    const missing = orgs.filter((o) => !have.has(o.code));
    for (let i = 0; i < missing.length; i += 100) await m.insert(Organisation, missing.slice(i, i + 100));

    const kommunIds = new Map(
      (await m.find(Organisation, { select: { id: true, code: true }, where: { kind: OrganisationKind.KOMMUN } })).map((o) => [o.code, o.id]),
    );
    const haveFigures = new Set((await m.find(PopulationFigure)).map((f) => `${f.organisationId}:${f.year}`));
    const figures = readCsv("befolkning.csv")
      .filter((r) => kommunIds.has(r.kod))
      .map((r) => ({ organisationId: kommunIds.get(r.kod)!, year: Number(r.ar), inhabitants: Number(r.invanare) }))
      .filter((f) => !haveFigures.has(`${f.organisationId}:${f.year}`));
    for (let i = 0; i < figures.length; i += 100) await m.insert(PopulationFigure, figures.slice(i, i + 100));

    const haveMethods = new Set((await m.find(Method, { select: { name: true } })).map((x) => x.name));
    const newMethods = METHODS.filter((x) => !haveMethods.has(x.name)).map((x) => ({ ...x, active: true }));
    if (newMethods.length) await m.insert(Method, newMethods);
    const questions = await ensureCoreFollowUpQuestions(m);
    return { inserted: newCounties.length + missing.length + figures.length + newMethods.length + questions };
  });
}

/** The methods and materials länsstyrelser spread (the report for 2017); an administrator adds more. */
export const METHODS = [
  { name: "Webbkurs om våld", description: "Socialstyrelsens och Länsstyrelsernas nationella webbkurs om våld i nära relationer." },
  { name: "Liten och Trygg", description: "Metodmaterial om barn som upplever våld, för förskola och barnhälsovård." },
  { name: "MVP", description: "Mentors in Violence Prevention: våldsförebyggande arbete i skolan." },
  { name: "Bygga Broar", description: "Metodmaterial om samverkan mot hedersrelaterat våld och förtryck." },
  { name: "NMT-manualen", description: "Nationella metodstödsteamets manual om hedersrelaterat våld och förtryck." },
  { name: "FREDA", description: "Socialstyrelsens standardiserade bedömningsmetoder för våld i nära relationer." },
];

/** Demo records of länets arbete for Länsstyrelsen Västra Götaland this year, so that the page is not empty. */
export async function seedDemoCountyWork(db: Database): Promise<number> {
  return db.transaction(async (m) => {
    const board = await m.findOneByOrFail(Organisation, { code: "L14" });
    const year = Number(stockholmDate().slice(0, 4));
    const where = { countyBoardOrganisationId: board.id, year };
    if ((await m.countBy(MunicipalityVisit, where)) + (await m.countBy(Campaign, where)) > 0) return 0;
    const [ale, gbg] = await Promise.all([m.findOneByOrFail(Organisation, { code: "1440" }), m.findOneByOrFail(Organisation, { code: "1480" })]);
    const methods = new Map((await m.find(Method)).map((x) => [x.name, x.id]));
    await m.insert(MunicipalityVisit, [
      {
        ...where,
        kommunOrganisationId: ale.id,
        date: `${year}-02-12`,
        topics: [NetworkTopic.VALD_I_NARA_RELATIONER, NetworkTopic.BARN],
        participants: "Socialchef, kvinnofridssamordnare, två enhetschefer",
        notes: "Genomgång av kommunens handlingsplan och behov av utbildning.",
      },
      {
        ...where,
        kommunOrganisationId: gbg.id,
        date: `${year}-03-05`,
        topics: [NetworkTopic.HEDERSRELATERAT_VALD],
        participants: "Samordnare och representanter för skolan",
        notes: "",
      },
    ]);
    await m.insert(Campaign, {
      ...where,
      title: "Länsgemensam kampanj mot våld i nära relationer",
      scope: CampaignScope.REGIONAL,
      topic: NetworkTopic.VALD_I_NARA_RELATIONER,
      channels: [CampaignChannel.PRESS, CampaignChannel.SOCIAL_MEDIA],
      periodStart: `${year}-01-20`,
      periodEnd: `${year}-02-28`,
      kommunerReached: 49,
      peopleReached: null,
      articles: 28,
      readers: 276_500,
      methodIds: [methods.get("Webbkurs om våld")].filter((x): x is number => !!x),
      notes: "",
    });
    const mvp = methods.get("MVP");
    if (mvp) await m.insert(MethodSpread, { ...where, methodId: mvp, kommunerReached: 6, organisationsReached: null, note: "Utbildning för skolpersonal." });
    await m.insert(RegionalStrategy, {
      ...where,
      kind: StrategyKind.STRATEGY,
      title: "Regional strategi mot mäns våld mot kvinnor",
      status: StrategyStatus.STARTED,
      adoptedOn: null,
      linkedToGenderMainstreaming: true,
      notes: "",
    });
    return 1;
  });
}

export const DEMO_PASSWORD = "samverka-demo";

/** The demo accounts: e-mail, name, organisation code, roles. Created only in demo mode. */
export const DEMO_ACCOUNTS: { email: string; name: string; org: string; roles: Role[]; description: string }[] = [
  { email: "admin@demo.samverka.se", name: "Alva Admin", org: "SOS", roles: [Role.PLATFORM_ADMIN], description: "Plattformsadministratör" },
  {
    email: "handlaggare@socialstyrelsen.demo.samverka.se",
    name: "Sara Handläggare",
    org: "SOS",
    roles: [Role.SOCIALSTYRELSEN_HANDLAGGARE],
    description: "Handläggare, Socialstyrelsen",
  },
  {
    email: "remiss@jamstalldhetsmyndigheten.demo.samverka.se",
    name: "Jonas Remiss",
    org: "JAM",
    roles: [Role.JAMSTALLDHETSMYNDIGHETEN],
    description: "Remissinstans, Jämställdhetsmyndigheten",
  },
  {
    email: "utvecklingsledare@o.lansstyrelsen.demo.samverka.se",
    name: "Olivia Utvecklingsledare",
    org: "L14",
    roles: [Role.LANSSTYRELSE_UTVECKLINGSLEDARE],
    description: "Utvecklingsledare, Länsstyrelsen Västra Götaland",
  },
  {
    email: "utvecklingsledare@ab.lansstyrelsen.demo.samverka.se",
    name: "Anders Utvecklingsledare",
    org: "L01",
    roles: [Role.LANSSTYRELSE_UTVECKLINGSLEDARE],
    description: "Utvecklingsledare, Länsstyrelsen i Stockholms län",
  },
  { email: "ansokan@nck.demo.samverka.se", name: "Nora NCK", org: "NCK", roles: [Role.NATIONELLT_KUNSKAPSCENTRUM], description: "NCK, Uppsala universitet" },
  {
    email: "ansokan@barnafrid.demo.samverka.se",
    name: "Bo Barnafrid",
    org: "BARNAFRID",
    roles: [Role.NATIONELLT_KUNSKAPSCENTRUM],
    description: "Barnafrid, Linköpings universitet",
  },
  {
    email: "samordnare@goteborg.demo.samverka.se",
    name: "Greta Samordnare",
    org: "1480",
    roles: [Role.KOMMUN_SAMORDNARE],
    description: "Kvinnofridssamordnare, Göteborg",
  },
  {
    email: "samordnare@ale.demo.samverka.se",
    name: "Alex Samordnare",
    org: "1440",
    roles: [Role.KOMMUN_SAMORDNARE],
    description: "Kvinnofridssamordnare, Ale",
  },
  {
    email: "samordnare@dals-ed.demo.samverka.se",
    name: "Dagny Samordnare",
    org: "1438",
    roles: [Role.KOMMUN_SAMORDNARE],
    description: "Samordnare, Dals-Ed (liten kommun)",
  },
  {
    email: "samordnare@gullspang.demo.samverka.se",
    name: "Gustav Samordnare",
    org: "1447",
    roles: [Role.KOMMUN_SAMORDNARE],
    description: "Samordnare, Gullspång (liten kommun)",
  },
  {
    email: "samordnare@vgregion.demo.samverka.se",
    name: "Vera Samordnare",
    org: "R14",
    roles: [Role.REGION_SAMORDNARE],
    description: "Samordnare, Västra Götalandsregionen",
  },
  { email: "analys@vardanalys.demo.samverka.se", name: "Vilhelm Analys", org: "VARDANALYS", roles: [Role.ANALYTIKER], description: "Analytiker, Vårdanalys" },
  {
    email: "ansokan@kvinnojouren-goteborg.demo.samverka.se",
    name: "Kim Kvinnojouren",
    org: "NGO-KVJGBG",
    roles: [Role.IDEELL_ORGANISATION],
    description: "Kvinnojouren i Göteborg (ideell organisation)",
  },
];

/** The demo grant calls: the 2020 stimulus funds of the government decision, and this year's open call. */
export async function seedDemoGrantCalls(db: Database): Promise<number> {
  const year = Number(stockholmDate().slice(0, 4));
  const calls = [
    {
      year: 2020,
      title: "Särskilda stimulansmedel 2020",
      description:
        "Medel för informations- och utbildningsinsatser, riktade insatser för vissa grupper eller utvecklingsarbete mot mäns våld mot kvinnor och våld i nära relationer (S2020/01591/SOF). Ansökningarna bedöms och beslutas av Socialstyrelsen efter inhämtande av synpunkter från Jämställdhetsmyndigheten.",
      opensAt: new Date("2020-03-16T00:00:00+01:00"),
      closesAt: new Date("2020-04-30T23:59:00+02:00"),
      followUpDueDate: "2021-05-31",
    },
    {
      year,
      title: `Särskilda stimulansmedel ${year}`,
      description:
        "Länsstyrelser, NCK och Barnafrid kan söka medel för informations- och utbildningsinsatser, riktade insatser för vissa grupper eller utvecklingsarbete. Ansökningarna bedöms och beslutas av Socialstyrelsen efter inhämtande av synpunkter från Jämställdhetsmyndigheten.",
      opensAt: new Date(`${year}-01-01T00:00:00+01:00`),
      closesAt: new Date(`${year}-12-31T23:59:00+01:00`),
      followUpDueDate: `${year + 1}-05-31`,
    },
  ];
  return db.transaction(async (m) => {
    const have = new Set((await m.find(GrantCall, { select: { title: true } })).map((c) => c.title));
    const jam = await m.findOneByOrFail(Organisation, { code: "JAM" });
    const missing = calls.filter((c) => !have.has(c.title));
    for (const c of missing) {
      await m.insert(GrantCall, {
        ...c,
        programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL,
        budget: 7_000_000,
        grantedTotal: 0,
        eligibleKinds: [OrganisationKind.LANSSTYRELSE, OrganisationKind.NATIONELLT_KUNSKAPSCENTRUM],
        consultationOrganisationId: jam.id,
        consultationDays: 14,
        createdById: null,
      });
    }
    return missing.length;
  });
}

/** The three networks of the demo: a county's coordinators, NCK's regions, the national network of länsstyrelser. */
export async function seedDemoNetworks(db: Database): Promise<number> {
  const specs = [
    {
      name: "Kvinnofridssamordnare Västra Götaland",
      topic: NetworkTopic.VALD_I_NARA_RELATIONER,
      convener: "L14",
      members: { kind: OrganisationKind.KOMMUN, countyCode: "14" },
      description: "Länsstyrelsen Västra Götalands nätverk för kommunernas kvinnofridssamordnare.",
    },
    {
      name: "NCK:s nätverk för regionernas kvinnofridsansvariga",
      topic: NetworkTopic.VALD_I_NARA_RELATIONER,
      convener: "NCK",
      members: { kind: OrganisationKind.REGION },
      description: "NCK träffar regionernas kvinnofridsansvariga två gånger om året.",
    },
    {
      name: "Länsstyrelsernas nationella nätverk",
      topic: NetworkTopic.VALD_I_NARA_RELATIONER,
      convener: "L01",
      members: { kind: OrganisationKind.LANSSTYRELSE },
      description: "De 21 länsstyrelsernas utvecklingsledare möts nationellt sex dagar om året; Länsstyrelsen i Stockholms län samordnar.",
    },
  ];
  return db.transaction(async (m) => {
    const have = new Set((await m.find(Network, { select: { name: true } })).map((n) => n.name));
    let inserted = 0;
    for (const spec of specs.filter((s) => !have.has(s.name))) {
      const convener = await m.findOneByOrFail(Organisation, { code: spec.convener });
      const network = await m.save(
        m.create(Network, { name: spec.name, topic: spec.topic, description: spec.description, convenerOrganisationId: convener.id, createdById: null }),
      );
      const members = await m.findBy(Organisation, {
        kind: spec.members.kind,
        ...("countyCode" in spec.members ? { countyCode: spec.members.countyCode } : {}),
      });
      const rows = members
        .filter((o) => o.id !== convener.id)
        .map((o) => ({ networkId: network.id, organisationId: o.id, coConvener: false, addedAt: new Date() }));
      for (let i = 0; i < rows.length; i += 100) await m.insert(NetworkMember, rows.slice(i, i + 100));
      inserted++;
    }
    return inserted;
  });
}

/** The question bank of the yearly follow-up, and this year's follow-up of the länsstyrelser as a draft of Socialstyrelsen's. */
export async function seedDemoQuestionnaire(db: Database): Promise<number> {
  const year = Number(stockholmDate().slice(0, 4));
  const titleSv = `Årlig uppföljning av länsstyrelsernas arbete ${year}`;
  return db.transaction(async (m) => {
    const bank = await seedQuestionBank(m);
    const sos = await m.findOneByOrFail(Organisation, { code: "SOS" });
    if (await m.existsBy(Questionnaire, { ownerOrganisationId: sos.id, titleSv })) return bank.inserted;
    const q = await m.save(
      m.create(Questionnaire, {
        titleSv,
        titleEn: `Yearly follow-up of the county boards' work ${year}`,
        year,
        targetGroup: TargetGroup.LANSSTYRELSER,
        ownerOrganisationId: sos.id,
        status: QuestionnaireStatus.DRAFT,
        deadline: addDays(stockholmDate(), 30),
        createdById: null,
      }),
    );
    await m.insert(
      QuestionnaireItem,
      bank.questions.map((question, i) => ({ questionnaireId: q.id, questionId: question.id, position: i + 1, section: null })),
    );
    return bank.inserted + 1;
  });
}

/** Creates the demo accounts and demo data that are missing. */
export async function seedDemo(db: Database): Promise<{ inserted: number }> {
  const calls = await seedDemoGrantCalls(db);
  const users = await seedDemoUsers(db);
  const networks = await seedDemoNetworks(db);
  const questionnaires = await seedDemoQuestionnaire(db);
  const countyWork = await seedDemoCountyWork(db);
  return { inserted: calls + users + networks + questionnaires + countyWork };
}

async function seedDemoUsers(db: Database): Promise<number> {
  const have = new Set((await db.manager.find(User, { select: { email: true }, where: { email: In(DEMO_ACCOUNTS.map((a) => a.email)) } })).map((u) => u.email));
  const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (m) => {
    const orgs = await m.findBy(Organisation, { code: In(missing.map((a) => a.org)) });
    const orgId = new Map(orgs.map((o) => [o.code, o.id]));
    await m.insert(
      User,
      missing.map((a) => ({
        email: a.email,
        name: a.name,
        organisationId: orgId.get(a.org)!,
        roles: a.roles,
        active: true,
        passwordHash,
      })),
    );
    return missing.length;
  });
}
