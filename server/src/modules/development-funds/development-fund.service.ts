import { type EntityManager, In, IsNull } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { formatKronor, stockholmDate } from "../../shared/dates";
import { param } from "../../shared/messages";
import type { NotificationService } from "../notifications/notification.service";
import { unknownCountyCodes } from "../organisations/counties";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { remainingBudget } from "../grants/budget";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplicationStatus as S } from "../grants/grant-application.state-machine";
import { GrantApplicationAction } from "../grants/grant-application.actions";
import { GrantCall, GrantCallMode, GrantProgramme } from "../grants/grant-call.entity";
import { LetterTemplateKind } from "../letter-templates/letter-template.entity";
import { issueTemplates } from "../letter-templates/letter-template.service";
import type { GrantService } from "../grants/grant.service";
import { usersWithAbility } from "../users/user.service";
import { usableUntilRefusal } from "../grants/multi-year";
import { cappedProportional } from "./allocation";
import { allocationKey, type AllocationRow } from "./allocation-key";
import { loadNgoRanking } from "./ngo-ranking";
import { SUPPORT_MISSING_BONUS } from "./ranking";
import { ngoEligibility } from "./ngo-eligibility";
import { checkedAccount, checkedOrganisationNumber } from "./payment-account";
import {
  Allotment,
  AllotmentNotice,
  DeclineReason,
  DevelopmentFundRound,
  JointRequisitionMember,
  NgoApplicationDetails,
  NgoScore,
  Requisition,
} from "./development-fund.entities";
import {
  allotmentMachine,
  AllotmentStatus,
  allotmentStatus,
  DevelopmentFundRoundPhase as Phase,
  developmentFundRoundMachine as roundMachine,
  roundPhase,
} from "./development-fund-round.state-machine";
import { AllotmentAction, type AllotmentFacts, allotmentRefusal, availableAllotmentActions, DECLINE_REASON_LABELS } from "./allotment.actions";
import { FundErrors } from "./development-fund.errors";
import { type FundingGroupBy, fundingStatistics } from "./funding-statistics";
import { type DevelopmentFundFollowUpForm, ensureFollowUpForm, formFor, legacyToCoded, recordCodedFollowUps } from "./follow-up-form";
import { followUpTables } from "./follow-up-tables";
import { checkedCodedAnswers, invalid, roundOf } from "./coded-answers";
import { questionnaireQuestions } from "../questionnaires/questionnaire.service";
import type {
  DeclineAllotmentInput,
  DevelopmentFundFollowUpInput,
  NgoApplicationInput,
  NgoScoreInput,
  OpenDevelopmentFundRoundInput,
  RequisitionInput,
} from "./development-fund.inputs";
import { fieldMessage } from "../../shared/field-messages";

/**
 * Development funds (utvecklingsmedel): a round with three pots, the allocation key,
 * requisitions (also joint), redistribution, payment, NGO applications in competition and the
 * follow-up. Money moves only through the grant engine: its budget guard, payout, follow-up.
 */
export class DevelopmentFundService {
  constructor(
    private readonly db: Database,
    private readonly grants: GrantService,
    private readonly notifications: NotificationService,
  ) {}

  listRounds() {
    return this.db.manager.find(DevelopmentFundRound, { order: { year: "DESC" } });
  }

  async round(id: number, m: EntityManager = this.db.manager): Promise<DevelopmentFundRound> {
    const r = await m.findOneBy(DevelopmentFundRound, { id: Number(id) || -1 });
    if (!r) throw FundErrors.roundNotFound();
    return r;
  }

  async openRound(actor: Actor, input: OpenDevelopmentFundRoundInput): Promise<DevelopmentFundRound> {
    if (input.closesAt <= input.opensAt) throw invalid("closesAt", "developmentFunds.lastDayMustBeAfterThe");
    const usableUntil = input.usableUntil || null;
    const period = usableUntil ? usableUntilRefusal(input.year, usableUntil, input.followUpDueDate) : null;
    if (period) throw invalid(period.field, period.key, period.params);
    return this.db.transaction(async (m) => {
      if (await m.existsBy(DevelopmentFundRound, { year: input.year })) throw FundErrors.roundExists({ year: input.year });
      // Every kommun gets at least the floor: the kommun pot must cover it (the allocation key could not be applied otherwise).
      const kommuner = await m.countBy(Organisation, { kind: OrganisationKind.KOMMUN });
      if (input.floorAmount * kommuner > input.kommunPot) {
        throw invalid("floorAmount", "developmentFunds.floorExceedsPot", { count: kommuner });
      }
      const pot = (title: string, budget: number, kind: OrganisationKind, mode: GrantCallMode) =>
        m.save(
          m.create(GrantCall, {
            programme: GrantProgramme.UTVECKLINGSMEDEL,
            year: input.year,
            title,
            description: "",
            budget,
            grantedTotal: 0,
            eligibleKinds: [kind],
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            consultationOrganisationId: null,
            consultationDays: 14,
            followUpDueDate: input.followUpDueDate,
            usableUntil,
            createdById: actor.userId,
            mode,
            requiresConsultation: false,
            roundId: null,
          }),
        );
      const kommun = await pot(`Utvecklingsmedel ${input.year}: kommuner`, input.kommunPot, OrganisationKind.KOMMUN, GrantCallMode.REQUISITION);
      const region = await pot(`Utvecklingsmedel ${input.year}: regioner`, input.regionPot, OrganisationKind.REGION, GrantCallMode.REQUISITION);
      const ngo = await pot(
        `Utvecklingsmedel ${input.year}: ideella organisationer`,
        input.ngoPot,
        OrganisationKind.IDEELL_ORGANISATION,
        GrantCallMode.APPLICATION,
      );
      const round = await m.save(
        m.create(DevelopmentFundRound, {
          year: input.year,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          followUpDueDate: input.followUpDueDate,
          usableUntil,
          floorAmount: input.floorAmount,
          kommunCallId: kommun.id,
          regionCallId: region.id,
          ngoCallId: ngo.id,
          allocationPublishedAt: null,
          redistributedAt: null,
        }),
      );
      await m.update(GrantCall, { id: In([kommun.id, region.id, ngo.id]) }, { roundId: round.id });
      await ensureFollowUpForm(m, round);
      await audit(m, actor, {
        action: "devfunds.openRound",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        after: { year: round.year, kommunPot: input.kommunPot, regionPot: input.regionPot, ngoPot: input.ngoPot, floor: input.floorAmount, usableUntil },
      });
      return round;
    });
  }

  /** The allocation key applied now: kommuner by population with the floor, regioner in equal shares. */
  async allocationPreview(roundId: number, m: EntityManager = this.db.manager): Promise<AllocationRow[]> {
    const round = await this.round(roundId, m);
    const [kommunCall, regionCall] = await Promise.all([
      m.findOneByOrFail(GrantCall, { id: round.kommunCallId }),
      m.findOneByOrFail(GrantCall, { id: round.regionCallId }),
    ]);
    return allocationKey(m, round, kommunCall.budget, regionCall.budget);
  }

  async publishAllocation(actor: Actor, roundId: number): Promise<DevelopmentFundRound> {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      if (round.allocationPublishedAt) throw FundErrors.alreadyPublished();
      roundMachine.assert(roundPhase(round), Phase.PUBLISHED);
      const claim = await m
        .createQueryBuilder()
        .update(DevelopmentFundRound)
        .set({ allocationPublishedAt: new Date() })
        .where("id = :id AND allocationPublishedAt IS NULL", { id: round.id })
        .execute();
      if (claim.affected !== 1) throw FundErrors.alreadyPublished();
      const rows = await this.allocationPreview(round.id, m);
      const values = rows.map((row) => ({
        roundId: round.id,
        organisationId: row.organisation.id,
        callId: row.organisation.kind === OrganisationKind.KOMMUN ? round.kommunCallId : round.regionCallId,
        population: row.population,
        amount: row.amount,
      }));
      for (let i = 0; i < values.length; i += 100) await m.insert(Allotment, values.slice(i, i + 100));
      await audit(m, actor, {
        action: "devfunds.publishAllocation",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        after: {
          kommuner: rows.filter((r) => r.organisation.kind === OrganisationKind.KOMMUN).length,
          regioner: rows.filter((r) => r.organisation.kind === OrganisationKind.REGION).length,
        },
      });
      const orgIds = rows.map((r) => r.organisation.id);
      const people = [...(await usersWithAbility(m, { organisationIds: orgIds }, "devfunds.requisition"))];
      await this.notifications.notify(m, people, {
        kind: "devfunds.allotment-published",
        params: { year: round.year, closes: param.date(round.closesAt) },
        link: `/utvecklingsmedel/omgangar/${round.id}`,
      });
      return { ...round, allocationPublishedAt: new Date() };
    });
  }

  /**
   * Förhandsbesked: the allocation key applied now (the round's pots, the population figures the
   * round will use), published to every kommun and region as their expected allotment. Each row
   * is kept as published; the allocation published later is compared with it.
   */
  async publishAdvanceNotice(actor: Actor, roundId: number): Promise<DevelopmentFundRound> {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      if (round.noticePublishedAt) throw FundErrors.noticeAlreadyPublished({ year: round.year });
      roundMachine.assert(roundPhase(round), Phase.NOTICE_PUBLISHED);
      const now = new Date();
      const claim = await m
        .createQueryBuilder()
        .update(DevelopmentFundRound)
        .set({ noticePublishedAt: now })
        .where("id = :id AND noticePublishedAt IS NULL AND allocationPublishedAt IS NULL", { id: round.id })
        .execute();
      if (claim.affected !== 1) throw roundMachine.changedMeanwhile();
      const rows = await this.allocationPreview(round.id, m);
      if (rows.length)
        await m.insert(
          AllotmentNotice,
          rows.map((row) => ({
            roundId: round.id,
            organisationId: row.organisation.id,
            population: row.population,
            populationYear: round.year - 1,
            amount: row.amount,
          })),
        );
      await audit(m, actor, {
        action: "devfunds.publishAdvanceNotice",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        after: {
          recipients: rows.length,
          kommunSum: rows.filter((r) => r.organisation.kind === OrganisationKind.KOMMUN).reduce((s, r) => s + r.amount, 0),
          regionSum: rows.filter((r) => r.organisation.kind === OrganisationKind.REGION).reduce((s, r) => s + r.amount, 0),
          populationYear: round.year - 1,
        },
      });
      const people = await usersWithAbility(m, { organisationIds: rows.map((r) => r.organisation.id) }, "devfunds.requisition");
      await this.notifications.notify(m, people, {
        kind: "devfunds.advance-notice",
        params: { year: round.year },
        link: `/utvecklingsmedel/omgangar/${round.id}`,
      });
      return { ...round, noticePublishedAt: now };
    });
  }

  /** The advance notice an organisation was given in the round, as published. */
  noticeOf(roundId: number, organisationId: number, m: EntityManager = this.db.manager) {
    return m.findOneBy(AllotmentNotice, { roundId: Number(roundId) || -1, organisationId });
  }

  /** What the rules of an allotment read: the round, the actor's own allotment and where it stands. */
  private async allotmentFacts(m: EntityManager, actor: Actor, round: DevelopmentFundRound): Promise<AllotmentFacts & { allotment: Allotment | null }> {
    const allotment = await m.findOneBy(Allotment, { roundId: round.id, organisationId: actor.organisationId });
    const requisitioned = allotment ? !!(await this.requisitionOf(round.id, actor.organisationId, m)) : false;
    return { round, allotment, status: allotmentStatus(allotment ?? { declinedAt: null }, requisitioned) };
  }

  /** What the actor's organisation may do with its allotment in the round now. */
  async allotmentActions(actor: Actor, roundId: number): Promise<AllotmentAction[]> {
    const m = this.db.manager;
    const round = await this.round(roundId, m);
    return availableAllotmentActions(actor, await this.allotmentFacts(m, actor, round));
  }

  /**
   * Avstå: the kommun or region says it will not requisition, with a reason (and a comment for
   * "other"), while the window is open. Socialstyrelsen is told in the same transaction.
   */
  async declineAllotment(actor: Actor, input: DeclineAllotmentInput): Promise<Allotment> {
    const comment = input.comment.trim();
    if (input.reason === DeclineReason.OTHER && !comment) throw invalid("comment", "developmentFunds.describeWhyYouDecline");
    return this.db.transaction(async (m) => {
      const round = await this.round(Number(input.roundId), m);
      const facts = await this.allotmentFacts(m, actor, round);
      const refusal = allotmentRefusal(actor, AllotmentAction.DECLINE, facts, new Date());
      if (refusal) throw refusal;
      const res = await m
        .createQueryBuilder()
        .update(Allotment)
        .set({ declinedAt: new Date(), declineReason: input.reason, declineComment: comment || null, declinedById: actor.userId })
        .where("roundId = :r AND organisationId = :o AND declinedAt IS NULL", { r: round.id, o: actor.organisationId })
        .execute();
      if (res.affected !== 1) throw allotmentMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "devfunds.declineAllotment",
        entityType: "Allotment",
        entityId: `${round.id}:${actor.organisationId}`,
        before: { status: facts.status },
        after: { status: "DECLINED", reason: input.reason, comment: comment || null },
      });
      await this.notifyManagers(m, round, actor, "devfunds.allotment-declined", { reason: DECLINE_REASON_LABELS[input.reason] });
      return m.findOneByOrFail(Allotment, { roundId: round.id, organisationId: actor.organisationId });
    });
  }

  /** Withdraws a decline while the window is open, so that the allotment may be requisitioned after all. */
  async withdrawDecline(actor: Actor, roundId: number): Promise<Allotment> {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      const facts = await this.allotmentFacts(m, actor, round);
      const refusal = allotmentRefusal(actor, AllotmentAction.WITHDRAW_DECLINE, facts, new Date());
      if (refusal) throw refusal;
      const res = await m
        .createQueryBuilder()
        .update(Allotment)
        .set({ declinedAt: null, declineReason: null, declineComment: null, declinedById: null })
        .where("roundId = :r AND organisationId = :o AND declinedAt IS NOT NULL", { r: round.id, o: actor.organisationId })
        .execute();
      if (res.affected !== 1) throw allotmentMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "devfunds.withdrawDecline",
        entityType: "Allotment",
        entityId: `${round.id}:${actor.organisationId}`,
        before: { status: "DECLINED", reason: facts.allotment?.declineReason ?? null, comment: facts.allotment?.declineComment ?? null },
        after: { status: "OPEN" },
      });
      await this.notifyManagers(m, round, actor, "devfunds.decline-withdrawn", {});
      return m.findOneByOrFail(Allotment, { roundId: round.id, organisationId: actor.organisationId });
    });
  }

  /** Tells Socialstyrelsen's handläggare of a recipient's answer to its allotment. */
  private async notifyManagers(m: EntityManager, round: DevelopmentFundRound, actor: Actor, kind: string, params: Record<string, { sv: string; en: string }>) {
    const [people, org] = await Promise.all([
      usersWithAbility(m, { organisationKind: OrganisationKind.SOCIALSTYRELSEN }, "devfunds.manage"),
      m.findOneByOrFail(Organisation, { id: actor.organisationId }),
    ]);
    await this.notifications.notify(m, people, {
      kind,
      params: { year: round.year, organisation: org.name, ...params },
      link: `/utvecklingsmedel/omgangar/${round.id}`,
    });
  }

  async allotmentOf(roundId: number, organisationId: number, m: EntityManager = this.db.manager) {
    return m.findOneBy(Allotment, { roundId: Number(roundId) || -1, organisationId });
  }

  /** The requisition an organisation leads or takes part in, in this round. */
  async requisitionOf(roundId: number, organisationId: number, m: EntityManager = this.db.manager): Promise<GrantApplication | null> {
    const joined = await m
      .createQueryBuilder(JointRequisitionMember, "j")
      .innerJoin(Requisition, "r", "r.applicationId = j.applicationId")
      .innerJoin(GrantApplication, "a", "a.id = j.applicationId")
      .where("r.roundId = :round AND j.organisationId = :org AND a.status <> :withdrawn", { round: roundId, org: organisationId, withdrawn: S.WITHDRAWN })
      .select("j.applicationId", "id")
      .getRawOne<{ id: number }>();
    return joined ? m.findOneByOrFail(GrantApplication, { id: Number(joined.id) }) : null;
  }

  async requisition(actor: Actor, input: RequisitionInput): Promise<GrantApplication> {
    const number = checkedAccount(input.paymentMethod, input.paymentNumber);
    // Given with the requisition (the form prefills the one kept), kept on the organisation for the next round.
    const orgNumber = input.organisationNumber?.trim() ? checkedOrganisationNumber(input.organisationNumber) : null;
    const planned = input.plannedUse.reduce((s, l) => s + l.amount, 0);
    if (planned !== input.amount)
      throw invalid("plannedUse", "developmentFunds.plannedUseAddsUpToBut", { planned: formatKronor(planned), amount: formatKronor(input.amount) });
    if (input.wantsMore && !input.wantsMoreUpTo) throw invalid("wantsMoreUpTo", "developmentFunds.enterHowMuchMoreYouWould");

    return this.db.transaction(async (m) => {
      const round = await this.round(Number(input.roundId), m);
      if (!round.allocationPublishedAt) throw FundErrors.notPublished({ year: round.year });
      const now = new Date();
      if (now < round.opensAt || now > round.closesAt)
        throw FundErrors.windowClosed({ opens: stockholmDate(round.opensAt), closes: stockholmDate(round.closesAt) });
      const memberIds = [...new Set([actor.organisationId, ...(input.jointMemberOrganisationIds ?? []).map(Number)])];
      const allotments = await m.findBy(Allotment, { roundId: round.id, organisationId: In(memberIds) });
      if (!allotments.find((a) => a.organisationId === actor.organisationId)) throw FundErrors.noAllotment();
      if (memberIds.length > 1) {
        const orgs = await m.findBy(Organisation, { id: In(memberIds) });
        if (allotments.length !== memberIds.length || orgs.some((o) => o.kind !== OrganisationKind.KOMMUN)) throw FundErrors.jointNotKommun();
      }
      for (const id of memberIds) {
        if (await this.requisitionOf(round.id, id, m)) {
          const org = await m.findOneByOrFail(Organisation, { id });
          throw FundErrors.alreadyRequisitioned({ organisation: org.name });
        }
        // A declined allotment is requisitioned only once the decline is withdrawn.
        const own = allotments.find((a) => a.organisationId === id);
        if (own) allotmentMachine.assert(allotmentStatus(own, false), AllotmentStatus.REQUISITIONED);
      }
      const pooled = allotments.reduce((s, a) => s + a.amount, 0);
      if (input.amount > pooled)
        throw FundErrors.overAllotment(
          { amount: formatKronor(input.amount), allotment: formatKronor(pooled) },
          { fields: [{ field: "amount", path: "input.amount", message: fieldMessage("developmentFunds.atMostAmount", { max: formatKronor(pooled) }) }] },
        );
      const joint = memberIds.length > 1;
      const call = await m.findOneByOrFail(GrantCall, { id: allotments[0].callId });
      const app = await this.grants.start(
        m,
        actor,
        call,
        {
          organisationId: actor.organisationId,
          createdById: actor.userId,
          diarienummer: await this.grants.nextDiarienummer(m, now),
          title: `Rekvisition av utvecklingsmedel ${round.year}${joint ? " (gemensam)" : ""}`,
          requestedAmount: input.amount,
          version: 1,
          submittedAt: now,
          grantedAmount: joint ? null : input.amount,
          decidedAt: joint ? null : now,
        },
        {
          action: "devfunds.requisition",
          joint,
          auditAfter: {
            amount: input.amount,
            joint,
            members: memberIds,
            wantsMore: input.wantsMore,
            wantsMoreUpTo: input.wantsMoreUpTo ?? null,
            ...(orgNumber ? { organisationNumber: orgNumber } : {}),
          },
        },
      );
      if (orgNumber) await m.update(Organisation, { id: actor.organisationId }, { organisationNumber: orgNumber });
      await m.insert(Requisition, {
        applicationId: app.id,
        roundId: round.id,
        paymentMethod: input.paymentMethod,
        paymentNumber: number,
        wantsMore: input.wantsMore,
        wantsMoreUpTo: input.wantsMore ? (input.wantsMoreUpTo ?? null) : null,
        redistributedAmount: 0,
        plannedUse: input.plannedUse.map((l) => ({ category: l.category, amount: l.amount })),
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim().toLowerCase(),
      });
      await m.insert(
        JointRequisitionMember,
        memberIds.map((organisationId) => ({ applicationId: app.id, organisationId, confirmedAt: organisationId === actor.organisationId ? now : null })),
      );
      if (joint) {
        const others = await usersWithAbility(m, { organisationIds: memberIds.filter((id) => id !== actor.organisationId) }, "devfunds.requisition");
        const lead = await m.findOneByOrFail(Organisation, { id: actor.organisationId });
        await this.notifications.notify(m, others, {
          kind: "devfunds.joint-confirm",
          params: { year: round.year, lead: lead.name, amount: param.kr(input.amount) },
          link: `/utvecklingsmedel/omgangar/${round.id}`,
        });
      }
      return app;
    });
  }

  /** A member of a joint requisition confirms; when all have, the pooled amount is granted. */
  async confirmJoint(actor: Actor, applicationId: number): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const target = await m.findOneBy(GrantApplication, { id: Number(applicationId) || -1 });
      if (!target) throw FundErrors.notJointMember();
      await this.grants.guard(m, actor, GrantApplicationAction.CONFIRM_JOINT, target);
      const res = await m
        .createQueryBuilder()
        .update(JointRequisitionMember)
        .set({ confirmedAt: new Date() })
        .where("applicationId = :a AND organisationId = :o AND confirmedAt IS NULL", { a: Number(applicationId) || -1, o: actor.organisationId })
        .execute();
      if (res.affected !== 1) throw FundErrors.notJointMember();
      const app = await m.findOneByOrFail(GrantApplication, { id: Number(applicationId) });
      await audit(m, actor, { action: "devfunds.confirmJoint", entityType: "GrantApplication", entityId: app.id });
      const members = await m.findBy(JointRequisitionMember, { applicationId: app.id });
      if (members.every((x) => x.confirmedAt)) {
        return this.grants.moveTo(m, actor, app, S.REQUISITIONED, {
          action: "devfunds.jointGranted",
          reserve: app.requestedAmount,
          change: (a) => Object.assign(a, { grantedAmount: a.requestedAmount, decidedAt: new Date() }),
          notify: async (m, a) => issueTemplates(m, a.id, await m.findOneByOrFail(GrantCall, { id: a.callId }), [LetterTemplateKind.DECISION_LETTER]),
        });
      }
      return app;
    });
  }

  /** Kommuner and regioner with an allotment, no requisition and no decline: to remind before the deadline. */
  async notRequisitioned(roundId: number): Promise<Organisation[]> {
    const round = await this.round(roundId);
    const m = this.db.manager;
    const allotted = await m.findBy(Allotment, { roundId: round.id, declinedAt: IsNull() });
    const taken = await m
      .createQueryBuilder(JointRequisitionMember, "j")
      .innerJoin(Requisition, "r", "r.applicationId = j.applicationId")
      .innerJoin(GrantApplication, "a", "a.id = j.applicationId")
      .where("r.roundId = :round AND a.status <> :w", { round: round.id, w: S.WITHDRAWN })
      .select("j.organisationId", "id")
      .getRawMany<{ id: number }>();
    const takenIds = new Set(taken.map((t) => Number(t.id)));
    const ids = allotted.map((a) => a.organisationId).filter((id) => !takenIds.has(id));
    return ids.length ? m.find(Organisation, { where: { id: In(ids) }, order: { name: "ASC" } }) : [];
  }

  /** Ends the requisition window now (e.g. when every recipient has answered), so that redistribution can start. */
  async closeRequisitionWindow(actor: Actor, roundId: number): Promise<DevelopmentFundRound> {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      const now = new Date();
      if (round.closesAt <= now) throw FundErrors.windowAlreadyClosed({ closes: stockholmDate(round.closesAt) });
      roundMachine.assert(roundPhase(round, now), Phase.CLOSED);
      await m.update(DevelopmentFundRound, { id: round.id }, { closesAt: now });
      await m.update(GrantCall, { id: In([round.kommunCallId, round.regionCallId]) }, { closesAt: now });
      await audit(m, actor, {
        action: "devfunds.closeWindow",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        before: { closesAt: round.closesAt },
        after: { closesAt: now },
      });
      return { ...round, closesAt: now };
    });
  }

  /** Reminds the kommuner and regioner that have not requisitioned yet. */
  async sendRequisitionReminders(actor: Actor, roundId: number): Promise<number> {
    const round = await this.round(roundId);
    const orgs = await this.notRequisitioned(round.id);
    return this.db.transaction(async (m) => {
      const people = await usersWithAbility(m, { organisationIds: orgs.map((o) => o.id) }, "devfunds.requisition");
      await this.notifications.notify(m, people, {
        kind: "devfunds.requisition-reminder",
        params: { year: round.year, closes: param.date(round.closesAt) },
        link: `/utvecklingsmedel/omgangar/${round.id}`,
      });
      await audit(m, actor, {
        action: "devfunds.remind",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        after: { organisations: orgs.length, people: people.length },
      });
      return orgs.length;
    });
  }

  /**
   * Omfördelning: what was not requisitioned goes to those who asked for more, in proportion to
   * population and capped at what each asked for, exact to the krona. Once applied it is final:
   * running it again changes nothing.
   */
  async redistribute(actor: Actor, roundId: number, dryRun: boolean) {
    const run = async (m: EntityManager) => {
      const round = await this.round(roundId, m);
      const now = new Date();
      if (now <= round.closesAt) throw FundErrors.redistributionBeforeClose({ closes: stockholmDate(round.closesAt) });
      const result: { applicationId: number; organisationId: number; amount: number }[] = [];
      const alreadyApplied = !!round.redistributedAt;
      if (alreadyApplied) {
        const rows = await m
          .createQueryBuilder(Requisition, "r")
          .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
          .where("r.roundId = :id AND r.redistributedAmount > 0", { id: round.id })
          .select(["r.applicationId AS applicationId", "a.organisationId AS organisationId", "r.redistributedAmount AS amount"])
          .getRawMany<Record<string, number>>();
        return {
          applied: false,
          alreadyApplied,
          pool: 0,
          rows: rows.map((r) => ({ applicationId: Number(r.applicationId), organisationId: Number(r.organisationId), amount: Number(r.amount) })),
        };
      }
      roundMachine.assert(roundPhase(round, now), Phase.REDISTRIBUTED);
      let poolTotal = 0;
      for (const callId of [round.kommunCallId, round.regionCallId]) {
        const call = await m.findOneByOrFail(GrantCall, { id: callId });
        const pool = remainingBudget(call);
        poolTotal += pool;
        const apps = await m.find(GrantApplication, { where: { callId, status: In([S.REQUISITIONED, S.PAID]) } });
        const reqs = apps.length ? await m.findBy(Requisition, { applicationId: In(apps.map((a) => a.id)), wantsMore: true }) : [];
        if (!reqs.length || pool <= 0) continue;
        const members = await m.findBy(JointRequisitionMember, { applicationId: In(reqs.map((r) => r.applicationId)) });
        const orgs = new Map((await m.findBy(Organisation, { id: In(members.map((x) => x.organisationId)) })).map((o) => [o.id, o]));
        const claimants = reqs.map((r) => ({
          key: String(r.applicationId),
          weight: members.filter((x) => x.applicationId === r.applicationId).reduce((s, x) => s + (orgs.get(x.organisationId)?.population ?? 1), 0),
          cap: r.wantsMoreUpTo ?? 0,
        }));
        const shares = cappedProportional(pool, claimants);
        for (const r of reqs) {
          const amount = shares.get(String(r.applicationId)) ?? 0;
          if (amount <= 0) continue;
          result.push({ applicationId: r.applicationId, organisationId: apps.find((a) => a.id === r.applicationId)!.organisationId, amount });
        }
      }
      if (dryRun) return { applied: false, alreadyApplied, pool: poolTotal, rows: result };
      const claim = await m
        .createQueryBuilder()
        .update(DevelopmentFundRound)
        .set({ redistributedAt: new Date() })
        .where("id = :id AND redistributedAt IS NULL", { id: round.id })
        .execute();
      if (claim.affected !== 1) return { applied: false, alreadyApplied: true, pool: 0, rows: [] };
      for (const row of result) {
        await this.grants.topUp(m, actor, row.applicationId, row.amount, "devfunds.redistribution");
        await m.update(Requisition, { applicationId: row.applicationId }, { redistributedAmount: row.amount });
      }
      await audit(m, actor, {
        action: "devfunds.redistribute",
        entityType: "DevelopmentFundRound",
        entityId: round.id,
        after: { pool: poolTotal, recipients: result.length, total: result.reduce((s, r) => s + r.amount, 0) },
      });
      const recipients = await usersWithAbility(m, { organisationIds: result.map((r) => r.organisationId) }, "devfunds.requisition");
      await this.notifications.notify(m, recipients, {
        kind: "devfunds.redistributed",
        params: { year: round.year },
        link: `/utvecklingsmedel/omgangar/${round.id}`,
      });
      return { applied: true, alreadyApplied: false, pool: poolTotal, rows: result };
    };
    return dryRun ? run(this.db.manager) : this.db.transaction(run);
  }

  /** Marks requisitions and granted applications of the round paid, all or none. */
  async markPaid(actor: Actor, roundId: number, applicationIds: number[]): Promise<GrantApplication[]> {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      const apps = await m.findBy(GrantApplication, {
        id: In(applicationIds.map(Number)),
        callId: In([round.kommunCallId, round.regionCallId, round.ngoCallId]),
      });
      if (apps.length !== new Set(applicationIds).size) throw invalid("recipientIds", "developmentFunds.oneOrMoreRecipientsDoNot");
      const paid: GrantApplication[] = [];
      for (const app of apps) paid.push(await this.grants.markPaid(actor, app.id));
      return paid;
    });
  }

  /** Rows of the payment list: who gets how much, to which account. */
  async paymentList(roundId: number) {
    const round = await this.round(roundId);
    const m = this.db.manager;
    const rows = await m
      .createQueryBuilder(GrantApplication, "a")
      .innerJoin(Organisation, "o", "o.id = a.organisationId")
      .leftJoin(Requisition, "r", "r.applicationId = a.id")
      .leftJoin(NgoApplicationDetails, "n", "n.applicationId = a.id")
      .where({ callId: In([round.kommunCallId, round.regionCallId, round.ngoCallId]), status: In([S.REQUISITIONED, S.APPROVED, S.PARTIALLY_APPROVED, S.PAID]) })
      .select([
        "a.id AS id",
        "a.diarienummer AS diarienummer",
        "o.name AS organisation",
        "o.code AS code",
        "a.grantedAmount AS amount",
        "a.status AS status",
        "COALESCE(r.paymentMethod, n.paymentMethod) AS method",
        "COALESCE(r.paymentNumber, n.paymentNumber) AS number",
      ])
      .orderBy("o.name", "ASC")
      .getRawMany<Record<string, unknown>>();
    return rows;
  }

  /**
   * The payment file for the agency's finance system: the payments ready to be paid (the step MARK_PAID is open)
   * not exported before. Including a payment marks it exported, with a conditional update so two exports at once
   * never both include it: the later one is refused and marks nothing. One audit row per file.
   */
  async exportPaymentFile(actor: Actor, roundId: number) {
    return this.db.transaction(async (m) => {
      const round = await this.round(roundId, m);
      const rows = await m
        .createQueryBuilder(GrantApplication, "a")
        .innerJoin(Organisation, "o", "o.id = a.organisationId")
        .leftJoin(Requisition, "r", "r.applicationId = a.id")
        .leftJoin(NgoApplicationDetails, "n", "n.applicationId = a.id")
        .where({
          callId: In([round.kommunCallId, round.regionCallId, round.ngoCallId]),
          status: In([S.REQUISITIONED, S.APPROVED, S.PARTIALLY_APPROVED]),
          paymentExportedAt: IsNull(),
        })
        .select([
          "a.id AS id",
          "a.diarienummer AS diarienummer",
          "o.name AS recipient",
          // An NGO states its number and account in its application; a kommun or region its account in the requisition.
          "COALESCE(n.organisationNumber, o.organisationNumber) AS organisationNumber",
          "a.grantedAmount AS amount",
          "COALESCE(r.paymentMethod, n.paymentMethod) AS method",
          "COALESCE(r.paymentNumber, n.paymentNumber) AS number",
        ])
        .orderBy("o.name", "ASC")
        .addOrderBy("a.id", "ASC")
        .getRawMany<{
          id: number;
          diarienummer: string | null;
          recipient: string;
          organisationNumber: string | null;
          amount: number | null;
          method: string | null;
          number: string | null;
        }>();
      const ids = rows.map((r) => Number(r.id));
      if (ids.length) {
        const marked = await m
          .createQueryBuilder()
          .update(GrantApplication)
          .set({ paymentExportedAt: new Date() })
          .where({ id: In(ids), paymentExportedAt: IsNull() })
          .execute();
        if (marked.affected !== ids.length) throw FundErrors.paymentExportRace();
        await audit(m, actor, {
          action: "devfunds.exportPaymentFile",
          entityType: "DevelopmentFundRound",
          entityId: round.id,
          after: { applicationIds: ids, total: rows.reduce((sum, r) => sum + Number(r.amount ?? 0), 0) },
        });
      }
      return {
        year: round.year,
        rows: rows.map((r) => ({
          recipient: r.recipient,
          organisationNumber: r.organisationNumber ?? "",
          method: r.method ?? "",
          number: r.number ?? "",
          amount: Number(r.amount ?? 0),
          diarienummer: r.diarienummer ?? "",
          reference: `Utvecklingsmedel ${round.year} ${r.diarienummer ?? ""}`.trim(),
        })),
      };
    });
  }

  // ---- NGOs --------------------------------------------------------------------------------

  async submitNgoApplication(actor: Actor, input: NgoApplicationInput): Promise<GrantApplication> {
    // Eligibility (legal form, local activity, organisation number): every condition not met is said at once.
    const failed = ngoEligibility(input).filter((c) => c.passed === false);
    if (failed.length)
      throw FundErrors.ngoNotEligible(undefined, {
        fields: failed.map((c) => ({ field: c.field, path: `input.${c.field}`, message: fieldMessage(c.message) })),
      });
    const orgNumber = checkedOrganisationNumber(input.organisationNumber);
    const account = checkedAccount(input.paymentMethod, input.paymentNumber);
    return this.db.transaction(async (m) => {
      if ((await unknownCountyCodes(m, [input.countyCode])).length) throw invalid("countyCode", "developmentFunds.chooseOneOfThe21Counties");
      const round = await this.round(Number(input.roundId), m);
      const call = await m.findOneByOrFail(GrantCall, { id: round.ngoCallId });
      this.grants.assertMayApply(actor, call);
      // Written and sent in one step: the draft exists only inside this transaction.
      const draft = await this.grants.start(
        m,
        actor,
        call,
        {
          organisationId: actor.organisationId,
          createdById: actor.userId,
          title: input.title.trim(),
          requestedAmount: input.requestedAmount,
          version: 0,
        },
        { action: "grantApplication.create" },
      );
      await m.insert(NgoApplicationDetails, {
        applicationId: draft.id,
        organisationNumber: orgNumber,
        activityArea: input.activityArea,
        countyCode: input.countyCode,
        supportMissing: input.supportMissing,
        legalForm: input.legalForm,
        activeLocally: input.activeLocally,
        paymentMethod: input.paymentMethod,
        paymentNumber: account,
        description: input.description.trim(),
        targetGroups: input.targetGroups.trim(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        budgetLines: input.budgetLines.map((l) => ({ category: l.category.trim(), amount: l.amount })),
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim(),
      });
      return this.grants.completeSubmission(m, actor, draft, call, new Date());
    });
  }

  async score(actor: Actor, applicationId: number, input: NgoScoreInput): Promise<NgoScore> {
    return this.db.transaction(async (m) => {
      const app = await m.findOneBy(GrantApplication, { id: Number(applicationId) || -1 });
      if (!app) throw FundErrors.notNgoApplication();
      await this.grants.guard(m, actor, GrantApplicationAction.SCORE, app);
      const before = await m.findOneBy(NgoScore, { applicationId: app.id, assessorUserId: actor.userId });
      if (before) await m.update(NgoScore, { applicationId: app.id, assessorUserId: actor.userId }, { score: input.score, comment: input.comment.trim() });
      else await m.insert(NgoScore, { applicationId: app.id, assessorUserId: actor.userId, score: input.score, comment: input.comment.trim() });
      await audit(m, actor, {
        action: "devfunds.score",
        entityType: "GrantApplication",
        entityId: app.id,
        before: before ? { score: before.score } : null,
        after: { score: input.score },
      });
      return m.findOneByOrFail(NgoScore, { applicationId: app.id, assessorUserId: actor.userId });
    });
  }

  /**
   * NGO applications of the round, best ranking score first (average plus the bonus for support otherwise missing; ties: that support,
   * then earlier submission), without those the actor declared jäv in.
   */
  async ranking(actor: Actor, roundId: number) {
    const round = await this.round(roundId);
    return (await loadNgoRanking(this.db.manager, round.ngoCallId, actor.userId)).map((r) => ({ ...r, supportMissingBonus: SUPPORT_MISSING_BONUS }));
  }

  /** The national tables; a länsstyrelse always gets its own county. */
  statistics(actor: Actor, year: number, groupBy: FundingGroupBy, countyCode: string | null, populationYear: number | null = null) {
    const county = actor.organisationKind === OrganisationKind.LANSSTYRELSE ? actor.countyCode : countyCode;
    return this.db.forStatistics(() => fundingStatistics(this.db, year, groupBy, county, populationYear));
  }

  /** The follow-up form of an application's round, as its recipient is asked it (read by whoever may read the application). */
  async followUpForm(actor: Actor, applicationId: number): Promise<DevelopmentFundFollowUpForm> {
    const app = await this.grants.application(actor, applicationId);
    const { round, kind } = await roundOf(this.db.manager, app);
    const formId = round.followUpQuestionnaireId ?? (await this.db.transaction((m) => ensureFollowUpForm(m, round)));
    return formFor(formId, await questionnaireQuestions(this.db.manager, formId), kind);
  }

  /** Tabell 3–5 and Figur 2 from the coded follow-ups; for the national tables page and the yearly report. */
  followUpTables(year: number, groupBy: FundingGroupBy) {
    return this.db.forStatistics(() => followUpTables(this.db, year, groupBy));
  }

  /**
   * Återrapportering: the used amount and report through the grant engine, and the coded answers
   * to the round's follow-up form (a questionnaire) in the same transaction. The amounts per area
   * add up to the used amount; the older fields (use per category, placement, groups, methods as
   * text) are still accepted and stored as codes.
   */
  async submitFollowUp(actor: Actor, input: DevelopmentFundFollowUpInput): Promise<GrantApplication> {
    const used = input.usedByCategory.reduce((s, l) => s + l.amount, 0);
    if (input.usedByCategory.length && used !== input.usedAmount)
      throw invalid("usedByCategory", "developmentFunds.usePerCategoryAddsUpTo", { used: formatKronor(used), amount: formatKronor(input.usedAmount) });
    return this.db.transaction(async (m) => {
      const app = await this.grants.submitFollowUp(actor, Number(input.applicationId), { report: input.report, usedAmount: input.usedAmount });
      const { round, kind } = await roundOf(m, app);
      const formId = await ensureFollowUpForm(m, round);
      const items = await questionnaireQuestions(m, formId);
      const form = formFor(formId, items, kind);
      const coded = legacyToCoded({
        usedByCategory: input.usedByCategory,
        coordinatorPlacement: input.coordinatorPlacement ?? null,
        targetGroups: input.targetGroups,
        assessmentMethods: input.assessmentMethods,
      });
      const answers = checkedCodedAnswers(form, items, input.usedAmount, input.answers, coded, false);
      await recordCodedFollowUps(m, formId, [{ organisationId: app.organisationId, userId: actor.userId, answers }]);
      await audit(m, actor, {
        action: "devfunds.followUpAnswers",
        entityType: "GrantApplication",
        entityId: app.id,
        after: Object.fromEntries([...coded].map(([code, a]) => [code, a.value])),
      });
      return app;
    });
  }
}
