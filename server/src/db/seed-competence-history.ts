import { MeetingStatus, Network, NetworkMeeting, NetworkMember, NetworkTopic } from "../modules/networks/network.entities";
import { Organisation, OrganisationKind } from "../modules/organisations/organisation.entity";
import { RegistrationStatus as R, TrainingEventStatus as S } from "../modules/trainings/training-event.state-machine";
import { TrainingEvent, TrainingRegistration, TrainingSession, TrainingType } from "../modules/trainings/training.entities";
import type { Database } from "./database";

/**
 * DEMO DATA. Trainings and networks of 2017 shaped after the länsstyrelser's report for 2017
 * (seed 004): 14 kursledarutbildningar with about 260 people from 85 kommuner, 7 regioner and the
 * seeded idéburna organisationer, a waitlist that was never served; FREDA courses held by 62 % of
 * the länsstyrelser; networks for kvinnofridssamordnare in 90 % of the counties, on honour-related
 * violence and on prostitution and trafficking in 76 % each (Figur 2). Who attended what is
 * invented: only the totals follow the report.
 */
const YEAR = 2017;
const MARK = " (demodata)";
const DEFAULT_KINDS = [OrganisationKind.KOMMUN, OrganisationKind.REGION, OrganisationKind.IDEELL_ORGANISATION];

export async function seedCompetenceHistory(db: Database): Promise<number> {
  const seeded = await db.manager
    .createQueryBuilder(TrainingEvent, "e")
    .where("e.title LIKE :t", { t: `%${MARK}` })
    .getCount();
  if (seeded) return 0;
  const orgs = await db.manager.find(Organisation, { order: { code: "ASC" } });
  const ofKind = (k: OrganisationKind) => orgs.filter((o) => o.kind === k);
  const lansstyrelser = ofKind(OrganisationKind.LANSSTYRELSE).sort((a, b) => (a.countyCode ?? "").localeCompare(b.countyCode ?? ""));
  const kommuner = ofKind(OrganisationKind.KOMMUN);
  const regioner = ofKind(OrganisationKind.REGION);
  const ngos = ofKind(OrganisationKind.IDEELL_ORGANISATION);
  if (lansstyrelser.length < 21 || kommuner.length < 85) return 0;

  return db.transaction(async (m) => {
    let inserted = 0;
    const event = async (organiser: Organisation, type: TrainingType, title: string, day: string, confirmed: number) => {
      const startsAt = new Date(`${day}T07:00:00Z`);
      const endsAt = new Date(`${day}T15:00:00Z`);
      const e = await m.save(
        m.create(TrainingEvent, {
          organiserOrganisationId: organiser.id,
          createdById: 0,
          type,
          title: `${title}${MARK}`,
          description: "Demodata byggd på länsstyrelsernas redovisning för 2017.",
          countyCode: organiser.countyCode,
          location: organiser.name,
          onlineUrl: null,
          capacity: Math.max(confirmed, 20),
          confirmedCount: confirmed,
          waitlistSeq: 0,
          registrationDeadline: null,
          eligibleKinds: DEFAULT_KINDS,
          eligibleCountyCodes: [],
          quotaPerOrganisation: null,
          quotaReleaseAt: null,
          quotaReleased: false,
          status: S.COMPLETED,
          cancelReason: null,
          loggedOnly: false,
          startsAt,
          endsAt,
        }),
      );
      await m.insert(TrainingSession, { eventId: e.id, startsAt, endsAt });
      inserted++;
      return e;
    };
    const registration = (eventId: number, org: Organisation, n: number, status: R, at: string) => ({
      eventId,
      organisationId: org.id,
      registeredById: 0,
      name: `Deltagare ${n}, ${org.name}`,
      email: `deltagare${n}.${org.code.toLowerCase()}@demo.samverka.se`,
      profession: "Socionom",
      workplace: org.name,
      status,
      waitlistOrder: status === R.WAITLISTED ? n : null,
      confirmedAt: status === R.CONFIRMED ? new Date(`${at}T08:00:00Z`) : null,
      cancelledAt: null,
    });
    const insertAll = async (rows: ReturnType<typeof registration>[]) => {
      for (let i = 0; i < rows.length; i += 100) await m.insert(TrainingRegistration, rows.slice(i, i + 100));
    };

    // Kursledarutbildning: Västra Götaland held four, ten other länsstyrelser one each.
    const organisers = [
      ...Array(4).fill(lansstyrelser.find((l) => l.countyCode === "14") ?? lansstyrelser[13]),
      ...lansstyrelser.filter((l) => l.countyCode !== "14").slice(0, 10),
    ];
    const people: { org: Organisation; n: number }[] = [];
    // 85 kommuner (spread over the country): 51 send three people, 34 send two; 7 regioner three each; the NGOs four each.
    Array.from({ length: 85 }, (_, i) => kommuner[Math.floor((i * kommuner.length) / 85)]).forEach((k, i) => {
      for (let n = 1; n <= (i < 51 ? 3 : 2); n++) people.push({ org: k, n });
    });
    regioner.slice(0, 7).forEach((r) => [1, 2, 3].forEach((n) => people.push({ org: r, n })));
    ngos.forEach((o) => [1, 2, 3, 4].forEach((n) => people.push({ org: o, n })));
    const perEvent = organisers.map(() => [] as { org: Organisation; n: number }[]);
    people.forEach((p, i) => perEvent[i % organisers.length].push(p));
    const days = ["02-14", "03-07", "03-28", "04-19", "05-10", "05-31", "06-14", "09-06", "09-20", "10-04", "10-18", "11-08", "11-22", "12-06"];
    const kursledare: TrainingEvent[] = [];
    for (const [i, organiser] of organisers.entries()) {
      const day = `${YEAR}-${days[i]}`;
      const e = await event(organiser, TrainingType.KURSLEDARUTBILDNING, "Kursledarutbildning", day, perEvent[i].length);
      kursledare.push(e);
      await insertAll(perEvent[i].map((p) => registration(e.id, p.org, p.n, R.CONFIRMED, day)));
    }
    // Some came back to a second course (counted once), and thirty waited for a seat they never got.
    const again = people.filter((_, i) => i % 20 === 0);
    await insertAll(again.map((p) => registration(kursledare[1].id, p.org, p.n, R.CONFIRMED, `${YEAR}-${days[1]}`)));
    await m.increment(TrainingEvent, { id: kursledare[1].id }, "confirmedCount", again.length);
    const waiting = kommuner.filter((k) => !people.some((p) => p.org.id === k.id)).slice(0, 30);
    await insertAll(waiting.map((k, i) => registration(kursledare[i % kursledare.length].id, k, 9, R.WAITLISTED, `${YEAR}-01-31`)));

    // FREDA: 13 of the 21 länsstyrelser (62 %) held a course for their county's kommuner.
    for (const [i, lst] of lansstyrelser.slice(0, 13).entries()) {
      const own = kommuner.filter((k) => k.countyCode === lst.countyCode).slice(0, 6);
      const day = `${YEAR}-${String(3 + (i % 9)).padStart(2, "0")}-15`;
      const e = await event(lst, TrainingType.FREDA, "FREDA – bedömningsmetoder", day, own.length * 2);
      await insertAll(own.flatMap((k) => [1, 2].map((n) => registration(e.id, k, 100 + n, R.CONFIRMED, day))));
    }

    // Networks (Figur 2): kvinnofridssamordnare 90 % (19 of 21), honour-related violence and prostitution 76 % (16) each.
    const specs: { topic: NetworkTopic; name: string; lst: Organisation[]; meetings: string[] }[] = [
      {
        topic: NetworkTopic.VALD_I_NARA_RELATIONER,
        name: "Kvinnofridssamordnare",
        lst: lansstyrelser.slice(0, 19),
        meetings: ["02-09", "05-11", "09-14", "11-30"],
      },
      { topic: NetworkTopic.HEDERSRELATERAT_VALD, name: "Hedersrelaterat våld och förtryck", lst: lansstyrelser.slice(0, 16), meetings: ["03-16", "10-12"] },
      {
        topic: NetworkTopic.PROSTITUTION_MANNISKOHANDEL,
        name: "Prostitution och människohandel",
        lst: lansstyrelser.slice(5, 21),
        meetings: ["04-06", "11-09"],
      },
    ];
    for (const spec of specs) {
      for (const lst of spec.lst) {
        const network = await m.save(
          m.create(Network, {
            name: `${spec.name}, ${lst.name}${MARK}`,
            topic: spec.topic,
            description: "Demodata byggd på länsstyrelsernas redovisning för 2017.",
            convenerOrganisationId: lst.id,
            createdById: null,
          }),
        );
        inserted++;
        const members = kommuner.filter((k) => k.countyCode === lst.countyCode);
        if (members.length)
          await m.insert(
            NetworkMember,
            members.map((k) => ({ networkId: network.id, organisationId: k.id, coConvener: false, addedAt: new Date(`${YEAR}-01-10T09:00:00Z`) })),
          );
        await m.insert(
          NetworkMeeting,
          spec.meetings.map((d) => ({
            networkId: network.id,
            title: `Nätverksträff ${YEAR}-${d}`,
            startsAt: new Date(`${YEAR}-${d}T08:00:00Z`),
            endsAt: new Date(`${YEAR}-${d}T12:00:00Z`),
            location: lst.name,
            onlineUrl: null,
            rsvpDeadline: null,
            status: MeetingStatus.HELD,
            seriesId: null,
          })),
        );
      }
    }
    return inserted;
  });
}
