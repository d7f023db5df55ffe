import type { EntityManager } from "typeorm";
import { Network, NetworkMeeting, NetworkTopic } from "../networks/network.entities";
import { MeetingStatus } from "../networks/network-meeting.state-machine";
import { Organisation } from "../organisations/organisation.entity";
import { CourseLeader, TrainingEvent } from "../trainings/training.entities";
import { TrainingEventStatus } from "../trainings/training-event.state-machine";
import type { AnswerValue } from "./questionnaire.entities";

/**
 * What the platform already knows of an organisation's answer for a year, or null when it knows
 * nothing. The engine asks the provider named by a question's `prefillCode` when a response is
 * opened, for every question not yet answered, and stores what it gets marked as pre-filled; the
 * respondent confirms or corrects it.
 *
 * A provider returns a value in the shape of its question's type (AnswerValue): `choice` for
 * yes/no/don't know and single choice, `choices` for multiple choice, `number` for a number or
 * an amount, `matrix` (row code → column code) for a matrix. Choices the question does not offer
 * are dropped by the engine.
 *
 * Any module registers its own providers here, at import, under a code of its own
 * (`<module>.<what>`), e.g. `registerPrefill("countyWork.kommunbesok", …)`; the questions that
 * should use it carry that code as `prefillCode`.
 */
export type PrefillProvider = (organisationId: number, year: number, m: EntityManager) => Promise<AnswerValue | null>;

const PROVIDERS = new Map<string, PrefillProvider>();

export function registerPrefill(code: string, provider: PrefillProvider): void {
  if (PROVIDERS.has(code)) throw new Error(`The pre-fill ${code} is registered twice`);
  PROVIDERS.set(code, provider);
}

export function prefillProvider(code: string | null | undefined): PrefillProvider | undefined {
  return code ? PROVIDERS.get(code) : undefined;
}

export function prefillCodes(): string[] {
  return [...PROVIDERS.keys()].sort();
}

function yearBounds(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Per topic, whether the organisation convened a network that met (a meeting not cancelled) in the year. */
registerPrefill("networks.convenedPerTopic", async (organisationId, year, m) => {
  const { from, to } = yearBounds(year);
  const rows = await m
    .createQueryBuilder(Network, "n")
    .select("n.topic", "topic")
    .distinct(true)
    .innerJoin(NetworkMeeting, "mt", "mt.networkId = n.id")
    .where("n.convenerOrganisationId = :org", { org: organisationId })
    .andWhere("mt.status <> :cancelled", { cancelled: MeetingStatus.CANCELLED })
    .andWhere("mt.startsAt >= :from AND mt.startsAt < :to", { from, to })
    .getRawMany<{ topic: string }>();
  const met = new Set(rows.map((r) => r.topic));
  return { matrix: Object.fromEntries(Object.values(NetworkTopic).map((t) => [t, met.has(t) ? "YES" : "NO"])) };
});

async function trainingsHeld(organisationId: number, year: number, m: EntityManager): Promise<TrainingEvent[]> {
  const { from, to } = yearBounds(year);
  return m
    .createQueryBuilder(TrainingEvent, "e")
    .where("e.organiserOrganisationId = :org", { org: organisationId })
    .andWhere("e.status IN (:...statuses)", { statuses: [TrainingEventStatus.PUBLISHED, TrainingEventStatus.COMPLETED] })
    .andWhere("e.startsAt >= :from AND e.startsAt < :to", { from, to })
    .getMany();
}

/** The types of training the organisation held (published or completed, starting in the year). */
registerPrefill("trainings.typesHeld", async (organisationId, year, m) => {
  const events = await trainingsHeld(organisationId, year, m);
  return { choices: [...new Set(events.map((e) => e.type))].sort() };
});

/** How many trainings the organisation held in the year. */
registerPrefill("trainings.heldCount", async (organisationId, year, m) => ({ number: (await trainingsHeld(organisationId, year, m)).length }));

/** Whether someone in the organisation's county is a certified kursledare. Nothing for an organisation without a county. */
registerPrefill("trainings.countyHasCourseLeader", async (organisationId, _year, m) => {
  const org = await m.findOneBy(Organisation, { id: organisationId });
  if (!org?.countyCode) return null;
  const inCounty = m.createQueryBuilder(Organisation, "o").select("o.id").where("o.countyCode = :county", { county: org.countyCode });
  const found = await m
    .createQueryBuilder(CourseLeader, "cl")
    .where(`cl.organisationId IN (${inCounty.getQuery()})`)
    .setParameters(inCounty.getParameters())
    .getExists();
  return { choice: found ? "YES" : "NO" };
});
