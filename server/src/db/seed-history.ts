import { In } from "typeorm";
import { proportional } from "../modules/development-funds/allocation";
import { allocationKey } from "../modules/development-funds/allocation-key";
import { Allotment, DevelopmentFundRound, JointRequisitionMember, PaymentMethod, Requisition } from "../modules/development-funds/development-fund.entities";
import { DecisionOutcome, GrantApplication } from "../modules/grants/grant-application.entity";
import { StimulusApplicationContent } from "../modules/grants/stimulus-application-content.entity";
import { STIMULUS_PURPOSES, StimulusPurpose } from "../modules/grants/stimulus-purpose";
import { GrantApplicationStatus as S } from "../modules/grants/grant-application.state-machine";
import { GrantCall, GrantCallMode, GrantProgramme } from "../modules/grants/grant-call.entity";
import { Organisation, OrganisationKind } from "../modules/organisations/organisation.entity";
import { populationAt } from "../modules/organisations/population";
import type { Database } from "./database";
import { writeDemoFollowUps } from "./seed-follow-ups";

/**
 * DEMO DATA. Development funds 2014 and 2016–2018 shaped after Socialstyrelsen's final report
 * (seed 001): the number of kommuner that requisitioned (Tabell 2), how they used the funds
 * (Tabell 8), the amounts used (Bilaga 1, Tabell 1), the regions (Tabell 6, from 2016), the NGOs
 * (Tabell 7 and Bilaga 1), and the share of kommuner using funds per SKR kommungrupp (Tabell 10)
 * and per size band (Tabell 9) in 2014 and 2018. Each round's allocation uses the population of
 * 31 December the year before. Which kommun did what is invented: only the totals come from the
 * report. Where the report does not agree with itself, README.md ("Demo history") says which
 * figure is followed: 2016 has 246 requisitioning kommuner (Tabell 2, not 290 − 45), and the NGOs
 * used what Bilaga 1 says (not Tabell 7's 13,8 and 8,8 mnkr).
 */
interface YearSpec {
  year: number;
  kommunPot: number;
  regionPot: number;
  /** Kommuner that used funds, per kommungrupp (A1…C9); the rest is spread by code order when null. */
  usedByGroup: Record<string, number> | null;
  /** With usedByGroup: the same kommuner per size band of Tabell 9 (0–15, 15–30, 30–70, 70–200, 200+ tusen). */
  usedBySize: number[] | null;
  usedCount: number;
  repaidAllCount: number;
  kommunUsed: number;
  regionUsed: number;
  /** Tabell 7: the NGO pot, applications, grants and use. */
  ngo: { pot: number; applicants: number; granted: number; used: number } | null;
}

const YEARS: YearSpec[] = [
  // 2014 ended the previous programme (applications); Tabell 8 and 10 compare against it.
  {
    year: 2014,
    kommunPot: 50_000_000,
    // Regions joined in 2016; the previous programme was for kommuner only.
    regionPot: 0,
    usedByGroup: { A1: 3, A2: 14, B3: 12, B4: 15, B5: 3, C6: 10, C7: 9, C8: 4, C9: 0 },
    usedBySize: [15, 14, 22, 15, 4],
    usedCount: 70,
    repaidAllCount: 1,
    kommunUsed: 0,
    regionUsed: 0,
    ngo: null,
  },
  {
    year: 2016,
    kommunPot: 50_000_000,
    regionPot: 20_000_000,
    usedByGroup: null,
    usedBySize: null,
    usedCount: 222,
    repaidAllCount: 24,
    kommunUsed: 40_655_000,
    regionUsed: 14_313_000,
    ngo: { pot: 15_000_000, applicants: 133, granted: 64, used: 13_002_000 },
  },
  {
    year: 2017,
    kommunPot: 50_000_000,
    regionPot: 20_000_000,
    usedByGroup: null,
    usedBySize: null,
    usedCount: 248,
    repaidAllCount: 12,
    kommunUsed: 44_088_000,
    regionUsed: 17_077_000,
    ngo: { pot: 10_000_000, applicants: 86, granted: 41, used: 9_159_000 },
  },
  {
    year: 2018,
    kommunPot: 50_000_000,
    regionPot: 20_000_000,
    usedByGroup: { A1: 3, A2: 41, B3: 20, B4: 46, B5: 32, C6: 26, C7: 46, C8: 38, C9: 14 },
    usedBySize: [116, 69, 51, 26, 4],
    usedCount: 266,
    repaidAllCount: 7,
    kommunUsed: 45_979_117,
    regionUsed: 18_313_247,
    ngo: { pot: 10_000_000, applicants: 66, granted: 28, used: 9_662_621 },
  },
];

/** The report's size bands (Tabell 9) count 133/71/54/28/4 kommuner: their population on 31 December 2018. */
const REPORT_BAND_YEAR = 2018;
const BAND_LIMITS = [15_000, 30_000, 70_000, 200_000];
const bandOf = (population: number) => BAND_LIMITS.filter((limit) => population >= limit).length;

/**
 * How many users each (kommungrupp, size band) cell gets so that both the group counts (Tabell 10)
 * and the band counts (Tabell 9) hold: a maximum flow from the groups to the bands, each cell
 * holding at most the kommuner it has.
 */
function cellCounts(groups: string[], byGroup: number[], bySize: number[], cellSize: number[][]): number[][] {
  const flow = groups.map(() => bySize.map(() => 0));
  const groupLeft = [...byGroup];
  const bandLeft = [...bySize];
  // Augmenting paths group → band (→ group ← band …) in the residual graph, breadth first.
  for (;;) {
    const seenGroup = groups.map((_, g) => groupLeft[g] > 0);
    const queue = groups.map((_, g) => g).filter((g) => seenGroup[g]);
    const seenBand = bySize.map(() => false);
    const bandVia: number[] = bySize.map(() => -1);
    const groupVia: number[] = groups.map(() => -1);
    let end = -1;
    while (queue.length && end < 0) {
      const g = queue.shift()!;
      for (let b = 0; b < bySize.length && end < 0; b++) {
        if (seenBand[b] || flow[g][b] >= cellSize[g][b]) continue;
        seenBand[b] = true;
        bandVia[b] = g;
        if (bandLeft[b] > 0) end = b;
        else
          for (let g2 = 0; g2 < groups.length; g2++)
            if (!seenGroup[g2] && flow[g2][b] > 0) {
              seenGroup[g2] = true;
              groupVia[g2] = b;
              queue.push(g2);
            }
      }
    }
    if (end < 0) break;
    // Walk back: band ← group (+1), group ← band (−1), until a group with supply left.
    let b = end;
    bandLeft[b]--;
    for (;;) {
      const g = bandVia[b];
      flow[g][b]++;
      if (groupVia[g] < 0) {
        groupLeft[g]--;
        break;
      }
      b = groupVia[g];
      flow[g][b]--;
    }
  }
  if (groupLeft.some((n) => n > 0) || bandLeft.some((n) => n > 0)) throw new Error("The group and size-band counts cannot both hold");
  return flow;
}

/** Picks which kommuner used funds: per group (and size band) when the report gives it, otherwise an even spread. */
function chooseUsers(kommuner: Organisation[], spec: YearSpec, bandPopulation: Map<number, number | null>): Set<number> {
  if (spec.usedByGroup) {
    const groups = Object.keys(spec.usedByGroup);
    const byGroup = groups.map((g) => spec.usedByGroup![g]);
    const band = (k: Organisation) => bandOf(bandPopulation.get(k.id) ?? 0);
    const bySize = spec.usedBySize ?? [];
    const cells = groups.map((g) => bySize.map((_, b) => kommuner.filter((k) => k.municipalityGroupCode === g && band(k) === b)));
    const counts = cellCounts(
      groups,
      byGroup,
      bySize,
      cells.map((row) => row.map((c) => c.length)),
    );
    const chosen = new Set<number>();
    // The largest kommuner of each cell first: in both years large kommuner took part most.
    cells.forEach((row, g) =>
      row.forEach((members, b) =>
        [...members]
          .sort((x, y) => (bandPopulation.get(y.id) ?? 0) - (bandPopulation.get(x.id) ?? 0))
          .slice(0, counts[g][b])
          .forEach((k) => chosen.add(k.id)),
      ),
    );
    return chosen;
  }
  const step = kommuner.length / spec.usedCount;
  return new Set(Array.from({ length: spec.usedCount }, (_, i) => kommuner[Math.floor(i * step)].id));
}

export async function seedFundingHistory(db: Database): Promise<number> {
  const existing = new Set((await db.manager.find(DevelopmentFundRound, { select: { year: true } })).map((r) => r.year));
  const todo = YEARS.filter((y) => !existing.has(y.year));
  if (!todo.length) return 0;
  const kommuner = await db.manager.find(Organisation, { where: { kind: OrganisationKind.KOMMUN }, order: { code: "ASC" } });
  const bandPopulation = await populationAt(db.manager, REPORT_BAND_YEAR, kommuner);
  for (const spec of todo) {
    await db.transaction(async (m) => {
      const opens = new Date(`${spec.year}-02-01T00:00:00Z`);
      const closes = new Date(`${spec.year}-03-31T22:00:00Z`);
      const followUp = `${spec.year + 1}-05-31`;
      const pot = async (title: string, budget: number, kind: OrganisationKind) =>
        m.save(
          m.create(GrantCall, {
            programme: GrantProgramme.UTVECKLINGSMEDEL,
            year: spec.year,
            title: `${title} (demodata)`,
            description: "Demodata byggd på Socialstyrelsens slutrapport för 2016–2018.",
            budget,
            grantedTotal: 0,
            eligibleKinds: [kind],
            opensAt: opens,
            closesAt: closes,
            consultationOrganisationId: null,
            consultationDays: 14,
            followUpDueDate: followUp,
            createdById: null,
            mode: GrantCallMode.REQUISITION,
            requiresConsultation: false,
            roundId: null,
          }),
        );
      const kCall = await pot(`Utvecklingsmedel ${spec.year}: kommuner`, spec.kommunPot, OrganisationKind.KOMMUN);
      const rCall = await pot(`Utvecklingsmedel ${spec.year}: regioner`, spec.regionPot, OrganisationKind.REGION);
      const nCall = await pot(`Utvecklingsmedel ${spec.year}: ideella organisationer`, spec.ngo?.pot ?? 0, OrganisationKind.IDEELL_ORGANISATION);
      await m.update(GrantCall, { id: nCall.id }, { mode: GrantCallMode.APPLICATION });
      const round = await m.save(
        m.create(DevelopmentFundRound, {
          year: spec.year,
          opensAt: opens,
          closesAt: closes,
          followUpDueDate: followUp,
          floorAmount: 80_000,
          kommunCallId: kCall.id,
          regionCallId: rCall.id,
          ngoCallId: nCall.id,
          allocationPublishedAt: opens,
          redistributedAt: closes,
        }),
      );
      await m.update(GrantCall, { id: In([kCall.id, rCall.id, nCall.id]) }, { roundId: round.id });

      const key = await allocationKey(m, round, spec.kommunPot, spec.regionPot);
      const kAllot = new Map(key.filter((x) => x.organisation.kind === OrganisationKind.KOMMUN).map((x) => [x.organisation.code, x.amount]));
      const rAllot = new Map(key.filter((x) => x.organisation.kind === OrganisationKind.REGION).map((x) => [x.organisation.code, x.amount]));
      const regioner = key.filter((x) => x.organisation.kind === OrganisationKind.REGION).map((x) => x.organisation);
      const allotRows = key.map((x) => ({
        roundId: round.id,
        organisationId: x.organisation.id,
        callId: x.organisation.kind === OrganisationKind.KOMMUN ? kCall.id : rCall.id,
        population: x.population,
        amount: x.amount,
      }));
      for (let i = 0; i < allotRows.length; i += 100) await m.insert(Allotment, allotRows.slice(i, i + 100));

      // Who requisitioned: those who used funds, and those who repaid everything (the next ones in code order).
      const users = chooseUsers(kommuner, spec, bandPopulation);
      const repaidAll = new Set(
        kommuner
          .filter((k) => !users.has(k.id))
          .slice(0, spec.repaidAllCount)
          .map((k) => k.id),
      );
      const requisitioners = kommuner.filter((k) => users.has(k.id) || repaidAll.has(k.id));
      // What was not requisitioned was redistributed to the requisitioners: they share the whole pot.
      const granted = proportional(
        spec.kommunPot,
        requisitioners.map((k) => ({ key: k.code, weight: kAllot.get(k.code)! })),
      );
      const userList = requisitioners.filter((k) => users.has(k.id));
      const used = spec.kommunUsed
        ? proportional(
            spec.kommunUsed,
            userList.map((k) => ({ key: k.code, weight: granted.get(k.code)! })),
          )
        : new Map(userList.map((k) => [k.code, Math.round(granted.get(k.code)! * 0.8)]));
      const rUsed = spec.regionUsed
        ? proportional(
            spec.regionUsed,
            regioner.map((r) => ({ key: r.code, weight: 1 })),
          )
        : new Map(regioner.map((r) => [r.code, Math.round(rAllot.get(r.code)! * 0.8)]));

      const make = (org: Organisation, callId: number, amount: number, usedAmount: number, n: number) =>
        m.create(GrantApplication, {
          callId,
          organisationId: org.id,
          createdById: 0,
          status: usedAmount < amount ? S.REPAID : S.REPORTED,
          diarienummer: `SoS ${spec.year}-D${String(n).padStart(4, "0")}`,
          title: `Rekvisition av utvecklingsmedel ${spec.year} (demodata)`,
          requestedAmount: amount,
          version: 1,
          submittedAt: opens,
          outcome: null,
          grantedAmount: amount,
          motivation: null,
          decidedAt: opens,
          decidedById: null,
          paidAt: closes,
          followUpReport: "Demodata.",
          usedAmount,
          followUpSubmittedAt: new Date(`${followUp}T10:00:00Z`),
          repaymentAmount: amount - usedAmount,
          repaidAt: usedAmount < amount ? new Date(`${followUp}T10:00:00Z`) : null,
        });
      const apps = [
        ...requisitioners.map((k, i) => make(k, kCall.id, granted.get(k.code)!, used.get(k.code) ?? 0, i + 1)),
        ...regioner.map((r, i) => make(r, rCall.id, rAllot.get(r.code)!, rUsed.get(r.code)!, 1000 + i)),
      ];
      for (let i = 0; i < apps.length; i += 100) await m.save(apps.slice(i, i + 100));
      await m.insert(
        Requisition,
        apps.map((a) => ({
          applicationId: a.id,
          roundId: round.id,
          paymentMethod: PaymentMethod.BANKGIRO,
          paymentNumber: "5050-1055",
          wantsMore: false,
          wantsMoreUpTo: null,
          redistributedAmount: 0,
          plannedUse: [{ category: "SAMORDNING", amount: a.requestedAmount }],
          contactName: "",
          contactEmail: "",
        })),
      );
      await m.insert(
        JointRequisitionMember,
        apps.map((a) => ({ applicationId: a.id, organisationId: a.organisationId, confirmedAt: opens })),
      );
      await writeDemoFollowUps(
        m,
        round,
        apps.filter((a) => a.callId === kCall.id),
      );
      if (spec.ngo) {
        // Applications from the seeded NGOs in turn; the granted ones share the pot and report what they used (Tabell 7).
        const ngos = await m.find(Organisation, { where: { kind: OrganisationKind.IDEELL_ORGANISATION }, order: { code: "ASC" } });
        const grantedKeys = Array.from({ length: spec.ngo.granted }, (_, i) => `g${i}`);
        const grants = proportional(
          spec.ngo.pot,
          grantedKeys.map((key) => ({ key, weight: 1 })),
        );
        const used = proportional(
          spec.ngo.used,
          grantedKeys.map((key) => ({ key, weight: 1 })),
        );
        const ngoApps = Array.from({ length: spec.ngo.applicants }, (_, i) => {
          const org = ngos[i % ngos.length];
          const granted = i < spec.ngo!.granted;
          const amount = granted ? grants.get(`g${i}`)! : 150_000;
          const app = make(org, nCall.id, amount, granted ? used.get(`g${i}`)! : 0, 2000 + i);
          if (!granted)
            Object.assign(app, {
              status: S.REJECTED,
              grantedAmount: 0,
              outcome: "REJECTED",
              paidAt: null,
              usedAmount: null,
              repaymentAmount: null,
              repaidAt: null,
              followUpReport: null,
              followUpSubmittedAt: null,
            });
          else Object.assign(app, { outcome: "APPROVED" });
          return Object.assign(app, { title: `Ansökan om utvecklingsmedel ${spec.year} (demodata)` });
        });
        for (let i = 0; i < ngoApps.length; i += 100) await m.save(ngoApps.slice(i, i + 100));
        await m.update(GrantCall, { id: nCall.id }, { grantedTotal: spec.ngo.pot });
      }
      await m.update(GrantCall, { id: kCall.id }, { grantedTotal: spec.kommunPot });
      await m.update(GrantCall, { id: rCall.id }, { grantedTotal: spec.regionPot });
    });
  }
  return todo.length;
}

/**
 * DEMO DATA. Special stimulus funds 2016–2018 shaped after Tabell 1 of Socialstyrelsen's final
 * report (seed 001): 5 000 000 kr available and granted each year; 2016 nine länsstyrelser and NCK
 * used 4,6 mnkr, 2017 five länsstyrelser and NCK 4,9 mnkr, 2018 three länsstyrelser and NCK
 * 4,8 mnkr. The report names 2018's three: Västra Götaland, Skåne and Västmanland. Which
 * länsstyrelser in 2016 and 2017, how the money was split, and the purposes are invented: NCK
 * uses all it is granted, the länsstyrelser share the rest of what was used and repay the remainder.
 */
const STIMULUS_YEARS: { year: number; lansstyrelser: number; named?: string[]; nck: number; used: number }[] = [
  { year: 2016, lansstyrelser: 9, nck: 1_400_000, used: 4_600_000 },
  { year: 2017, lansstyrelser: 5, nck: 2_000_000, used: 4_900_000 },
  { year: 2018, lansstyrelser: 3, named: ["L14", "L12", "L19"], nck: 2_000_000, used: 4_840_000 },
];
const STIMULUS_AVAILABLE = 5_000_000;

const stimulusTitle = (year: number) => `Särskilda stimulansmedel ${year} (demodata)`;

export async function seedStimulusHistory(db: Database): Promise<number> {
  const existing = new Set(
    (await db.manager.find(GrantCall, { select: { title: true }, where: { programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL } })).map((c) => c.title),
  );
  const todo = STIMULUS_YEARS.filter((y) => !existing.has(stimulusTitle(y.year)));
  if (!todo.length) return 0;
  const lansstyrelser = await db.manager.find(Organisation, { where: { kind: OrganisationKind.LANSSTYRELSE }, order: { code: "ASC" } });
  const nck = await db.manager.findOneByOrFail(Organisation, { code: "NCK" });
  const jam = await db.manager.findOneBy(Organisation, { code: "JAM" });
  for (const spec of todo) {
    await db.transaction(async (m) => {
      const opens = new Date(`${spec.year}-02-01T00:00:00Z`);
      const decided = new Date(`${spec.year}-05-15T10:00:00Z`);
      const followUp = `${spec.year + 1}-05-31`;
      const reported = new Date(`${followUp}T10:00:00Z`);
      const call = await m.save(
        m.create(GrantCall, {
          programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL,
          year: spec.year,
          title: stimulusTitle(spec.year),
          description: "Demodata byggd på Socialstyrelsens slutrapport för 2016–2018 (Tabell 1).",
          budget: STIMULUS_AVAILABLE,
          grantedTotal: STIMULUS_AVAILABLE,
          eligibleKinds: [OrganisationKind.LANSSTYRELSE, OrganisationKind.NATIONELLT_KUNSKAPSCENTRUM],
          opensAt: opens,
          closesAt: new Date(`${spec.year}-03-31T22:00:00Z`),
          consultationOrganisationId: jam?.id ?? null,
          consultationDays: 14,
          followUpDueDate: followUp,
          createdById: null,
        }),
      );
      const chosen = spec.named ? spec.named.map((code) => lansstyrelser.find((o) => o.code === code)!) : lansstyrelser.slice(0, spec.lansstyrelser);
      const lstGranted = proportional(
        STIMULUS_AVAILABLE - spec.nck,
        chosen.map((o) => ({ key: o.code, weight: 1 })),
      );
      const lstUsed = proportional(
        spec.used - spec.nck,
        chosen.map((o) => ({ key: o.code, weight: 1 })),
      );
      const recipients = [
        { org: nck, granted: spec.nck, used: spec.nck, purposes: [StimulusPurpose.INFORMATION_AND_TRAINING, StimulusPurpose.DEVELOPMENT] },
        ...chosen.map((o, i) => ({
          org: o,
          granted: lstGranted.get(o.code)!,
          used: lstUsed.get(o.code)!,
          purposes: [STIMULUS_PURPOSES[i % STIMULUS_PURPOSES.length]],
        })),
      ];
      for (const [i, r] of recipients.entries()) {
        const app = await m.save(
          m.create(GrantApplication, {
            callId: call.id,
            organisationId: r.org.id,
            createdById: 0,
            status: r.used < r.granted ? S.REPAID : S.REPORTED,
            diarienummer: `SoS ${spec.year}-S${String(i + 1).padStart(4, "0")}`,
            title: `Särskilda stimulansmedel ${spec.year} (demodata)`,
            requestedAmount: r.granted,
            version: 1,
            submittedAt: opens,
            outcome: DecisionOutcome.APPROVED,
            grantedAmount: r.granted,
            motivation: "Demodata.",
            decidedAt: decided,
            decidedById: null,
            paidAt: decided,
            followUpReport: "Demodata.",
            usedAmount: r.used,
            followUpSubmittedAt: reported,
            repaymentAmount: r.granted - r.used,
            repaidAt: r.used < r.granted ? reported : null,
          }),
        );
        await m.insert(StimulusApplicationContent, {
          applicationId: app.id,
          purpose: "Demodata.",
          plannedActivities: "Demodata.",
          targetGroups: "Demodata.",
          periodStart: `${spec.year}-01-01`,
          periodEnd: `${spec.year}-12-31`,
          budgetLines: [{ category: "Personal", amount: r.granted }],
          contactName: "",
          contactEmail: "",
          contactPhone: null,
          purposeCategories: r.purposes,
        });
      }
    });
  }
  return todo.length;
}
