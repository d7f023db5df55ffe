import { Field, Float, Int, ObjectType } from "type-graphql";
import type { Database } from "../../db/database";
import type { BarChart } from "../../shared/charts";
import type { Locale } from "../../shared/request-context";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { MeetingStatus, Network, NetworkMeeting, NetworkMember, NetworkTopic } from "./network.entities";

@ObjectType({ description: "Networks on one topic convened by länsstyrelser in a year: counts only, never a network's name or content" })
export class NetworkTopicFigures {
  @Field(() => NetworkTopic)
  topic: NetworkTopic;

  @Field(() => Int, { description: "Länsstyrelser convening at least one network on the topic that met in the year" })
  lansstyrelser: number;

  @Field(() => Float, { description: "lansstyrelser / all länsstyrelser, 0–1" })
  share: number;

  @Field(() => Int, { description: "Meetings held in the year" })
  meetingsHeld: number;

  @Field(() => Int, { description: "Distinct member organisations of those networks" })
  organisations: number;

  @Field(() => [String], { description: "Counties (länskod) of the länsstyrelser convening" })
  countyCodes: string[];
}

@ObjectType()
export class NetworksByTopic {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: "All länsstyrelser: the denominator of the shares" })
  lansstyrelser: number;

  @Field(() => [NetworkTopicFigures], { description: "Every topic, also those no länsstyrelse convened" })
  topics: NetworkTopicFigures[];
}

export interface TopicMeeting {
  networkId: number;
  topic: NetworkTopic;
  convenerId: number;
  countyCode: string | null;
}

/**
 * The counting rule, without the database: a länsstyrelse convenes a topic in a year when one of
 * its networks on it held a meeting that year; member organisations count once per topic however
 * many of its networks they belong to.
 */
export function countTopics(meetings: TopicMeeting[], members: { networkId: number; organisationId: number }[], lansstyrelser: number): NetworkTopicFigures[] {
  return Object.values(NetworkTopic).map((topic) => {
    const held = meetings.filter((m) => m.topic === topic);
    const networks = new Set(held.map((m) => m.networkId));
    const conveners = new Map(held.map((m) => [m.convenerId, m.countyCode]));
    const organisations = new Set(members.filter((x) => networks.has(x.networkId)).map((x) => x.organisationId));
    return {
      topic,
      lansstyrelser: conveners.size,
      share: lansstyrelser ? conveners.size / lansstyrelser : 0,
      meetingsHeld: held.length,
      organisations: organisations.size,
      countyCodes: [...new Set([...conveners.values()].filter((c): c is string => c !== null))].sort(),
    };
  });
}

/** Three statements whatever the number of networks, meetings or members. */
export async function networksByTopic(db: Database, year: number): Promise<NetworksByTopic> {
  const m = db.manager;
  const from = new Date(Date.UTC(year - 1, 11, 31, 23));
  const to = new Date(Date.UTC(year, 11, 31, 23));
  const meetings = (
    await m
      .createQueryBuilder(NetworkMeeting, "mt")
      .innerJoin(Network, "n", "n.id = mt.networkId")
      .innerJoin(Organisation, "o", "o.id = n.convenerOrganisationId")
      .select("mt.networkId", "networkId")
      .addSelect("n.topic", "topic")
      .addSelect("o.id", "convenerId")
      .addSelect("o.countyCode", "countyCode")
      .where("mt.status = :held AND mt.startsAt >= :from AND mt.startsAt < :to AND o.kind = :kind", {
        held: MeetingStatus.HELD,
        from,
        to,
        kind: OrganisationKind.LANSSTYRELSE,
      })
      .getRawMany<{ networkId: number | string; topic: NetworkTopic; convenerId: number | string; countyCode: string | null }>()
  ).map((r) => ({ networkId: Number(r.networkId), topic: r.topic, convenerId: Number(r.convenerId), countyCode: r.countyCode }));
  const networkIds = [...new Set(meetings.map((x) => x.networkId))];
  const members = networkIds.length
    ? (
        await m
          .createQueryBuilder(NetworkMember, "mb")
          .select("mb.networkId", "networkId")
          .addSelect("mb.organisationId", "organisationId")
          .where("mb.networkId IN (:...ids)", { ids: networkIds })
          .getRawMany<{ networkId: number | string; organisationId: number | string }>()
      ).map((r) => ({ networkId: Number(r.networkId), organisationId: Number(r.organisationId) }))
    : [];
  const lansstyrelser = await m.countBy(Organisation, { kind: OrganisationKind.LANSSTYRELSE });
  return { year, lansstyrelser, topics: countTopics(meetings, members, lansstyrelser) };
}

export const NETWORK_TOPIC_LABELS: Record<NetworkTopic, Record<Locale, string>> = {
  VALD_I_NARA_RELATIONER: { sv: "Våld i nära relationer (kvinnofridssamordnare)", en: "Violence in close relationships (coordinators)" },
  HEDERSRELATERAT_VALD: { sv: "Hedersrelaterat våld och förtryck", en: "Honour-related violence and oppression" },
  PROSTITUTION_MANNISKOHANDEL: { sv: "Prostitution och människohandel", en: "Prostitution and human trafficking" },
  VALDSFOREBYGGANDE: { sv: "Våldsförebyggande arbete", en: "Violence prevention" },
  BARN: { sv: "Barn som upplever våld", en: "Children who experience violence" },
  OTHER: { sv: "Övrigt", en: "Other" },
};

/** Figur 2: the share of länsstyrelser that convene networks per topic. */
export function topicsChart(figures: NetworksByTopic, locale: Locale): BarChart {
  return {
    title:
      locale === "en"
        ? `County administrative boards convening networks per topic, ${figures.year}`
        : `Andel länsstyrelser som organiserar nätverk per sakområde ${figures.year}`,
    unit: "%",
    categories: figures.topics.map((x) => NETWORK_TOPIC_LABELS[x.topic][locale]),
    series: [{ name: locale === "en" ? "Share" : "Andel", values: figures.topics.map((x) => x.share) }],
  };
}
