import type { EntityManager } from "typeorm";
import { isDuplicateKey } from "../../db/driver-errors";
import type { Database } from "../../db/database";
import { RegistrationStatus as R, registrationMachine, TrainingEventStatus as S } from "./training-event.state-machine";
import { TrainingEvent, TrainingQuotaUse, TrainingRegistration } from "./training.entities";

/**
 * Seats of a training event. Confirmed seats never exceed the event's capacity nor an
 * organisation's quota: the event row counts the confirmed seats (`confirmedCount`), one quota row
 * per organisation counts that organisation's, and both change only through conditional UPDATEs
 * inside the transaction that records the registration.
 *
 * Lock order: every transaction that changes an event's seats or registrations first locks the
 * event row, then (when it needs one) a quota row; never the other way round.
 */

// ---- pure rules ----------------------------------------------------------------------------

/** The quota per organisation while it applies: until the release time, if any; `null` when there is none. */
export function activeQuota(e: Pick<TrainingEvent, "quotaPerOrganisation" | "quotaReleaseAt">, now: Date): number | null {
  if (e.quotaPerOrganisation == null) return null;
  if (e.quotaReleaseAt && e.quotaReleaseAt <= now) return null;
  return e.quotaPerOrganisation;
}

/** What promotion from the waitlist starts from: free seats, the active quota and the seats each organisation holds. */
export interface PromotionSeats {
  free: number;
  quota: number | null;
  /** Confirmed seats per organisation id. */
  used: ReadonlyMap<number, number>;
}

/**
 * Who is promoted from the waitlist, in turn: first come first served (the waitlist as given, in
 * waitlist order), passing over anyone whose organisation's quota is used up, until the free
 * seats are gone. Pure; the given map is not changed.
 *
 * Each candidate is yielded; the caller answers `false` through `next(false)` when the seat could
 * not be taken after all, which uses neither a seat nor quota. A plain `for … of` takes every seat.
 */
export function* promotionOrder<T extends Pick<TrainingRegistration, "organisationId">>(
  waiting: readonly T[],
  seats: PromotionSeats,
): Generator<T, void, boolean | undefined> {
  let free = seats.free;
  const used = new Map(seats.used);
  for (const reg of waiting) {
    if (free <= 0) return;
    if (seats.quota != null && (used.get(reg.organisationId) ?? 0) >= seats.quota) continue;
    const taken = yield reg;
    if (taken === false) continue;
    used.set(reg.organisationId, (used.get(reg.organisationId) ?? 0) + 1);
    free--;
  }
}

// ---- locks ---------------------------------------------------------------------------------

/**
 * Locks the event row. Called with the transaction's first statement, before anything is read:
 * transactions then take turns per event, always in the same lock order (event, then quota rows),
 * and on MySQL their reads see every registration committed before (a read view made before the
 * lock would miss one: a person registered twice, a waiting person passed over at promotion).
 */
export async function lockEvent(m: EntityManager, eventId: number) {
  await m
    .createQueryBuilder()
    .update(TrainingEvent)
    .set({ confirmedCount: () => "confirmedCount" })
    .where("id = :id", { id: Number(eventId) || -1 })
    .execute();
}

/** The event row, then the organisation's quota row. */
export async function lockForRegistration(m: EntityManager, eventId: number, organisationId: number) {
  await lockEvent(m, eventId);
  await m
    .createQueryBuilder()
    .update(TrainingQuotaUse)
    .set({ confirmed: () => "confirmed" })
    .where("eventId = :e AND organisationId = :o", { e: Number(eventId) || -1, o: organisationId })
    .execute();
}

/** Creates the organisation's quota row (in a transaction of its own) before the registering transaction locks it. The event exists. */
export async function ensureQuotaRow(db: Database, eventId: number, organisationId: number) {
  if (await db.manager.existsBy(TrainingQuotaUse, { eventId: Number(eventId) || -1, organisationId })) return;
  try {
    await db.transaction((m) => m.insert(TrainingQuotaUse, { eventId: Number(eventId), organisationId, confirmed: 0 }));
  } catch (err) {
    // Created by a concurrent registration: that is all we needed. Without the row no seat
    // could be taken, so anything else must reach the caller.
    if (!isDuplicateKey(err)) throw err;
  }
}

// ---- seats ---------------------------------------------------------------------------------

/** A confirmed seat for the organisation if its quota (when active) and the event's capacity allow. The caller holds the event row's lock. */
export async function takeSeat(m: EntityManager, e: TrainingEvent, organisationId: number, now: Date): Promise<boolean> {
  const quota = activeQuota(e, now);
  const q = m
    .createQueryBuilder()
    .update(TrainingQuotaUse)
    .set({ confirmed: () => "confirmed + 1" })
    .where("eventId = :e AND organisationId = :o", { e: e.id, o: organisationId });
  if (quota != null) q.andWhere("confirmed < :quota", { quota });
  if ((await q.execute()).affected !== 1) return false;
  const seat = await m
    .createQueryBuilder()
    .update(TrainingEvent)
    .set({ confirmedCount: () => "confirmedCount + 1" })
    .where("id = :id AND confirmedCount < capacity AND status = :published", { id: e.id, published: S.PUBLISHED })
    .execute();
  if (seat.affected === 1) return true;
  await m
    .createQueryBuilder()
    .update(TrainingQuotaUse)
    .set({ confirmed: () => "confirmed - 1" })
    .where("eventId = :e AND organisationId = :o", { e: e.id, o: organisationId })
    .execute();
  return false;
}

/** A confirmed seat within the capacity, whatever the organisation's quota (the organiser's override); its quota row still counts it. The caller holds the event row's lock. */
export async function takeSeatOverQuota(m: EntityManager, eventId: number, organisationId: number): Promise<boolean> {
  await m
    .createQueryBuilder()
    .update(TrainingQuotaUse)
    .set({ confirmed: () => "confirmed + 1" })
    .where("eventId = :e AND organisationId = :o", { e: eventId, o: organisationId })
    .execute();
  const seat = await m
    .createQueryBuilder()
    .update(TrainingEvent)
    .set({ confirmedCount: () => "confirmedCount + 1" })
    .where("id = :id AND confirmedCount < capacity", { id: eventId })
    .execute();
  return seat.affected === 1;
}

/** Frees a confirmed seat (quota row first, then the event row). */
export async function releaseSeat(m: EntityManager, reg: Pick<TrainingRegistration, "eventId" | "organisationId">) {
  await m
    .createQueryBuilder()
    .update(TrainingQuotaUse)
    .set({ confirmed: () => "confirmed - 1" })
    .where("eventId = :e AND organisationId = :o AND confirmed > 0", { e: reg.eventId, o: reg.organisationId })
    .execute();
  await m
    .createQueryBuilder()
    .update(TrainingEvent)
    .set({ confirmedCount: () => "confirmedCount - 1" })
    .where("id = :id AND confirmedCount > 0", { id: reg.eventId })
    .execute();
}

// ---- the waitlist --------------------------------------------------------------------------

/** The next waitlist number: drawn inside the transaction, so numbers stay contiguous. */
export async function nextWaitlistOrder(m: EntityManager, eventId: number): Promise<number> {
  await m
    .createQueryBuilder()
    .update(TrainingEvent)
    .set({ waitlistSeq: () => "waitlistSeq + 1" })
    .where("id = :id", { id: eventId })
    .execute();
  return (await m.findOneOrFail(TrainingEvent, { select: { id: true, waitlistSeq: true }, where: { id: eventId } })).waitlistSeq;
}

/** The same, for an event row this transaction has locked and read (`e` is current and kept so). */
export async function nextWaitlistOrderLocked(m: EntityManager, e: TrainingEvent): Promise<number> {
  e.waitlistSeq += 1;
  await m.createQueryBuilder().update(TrainingEvent).set({ waitlistSeq: e.waitlistSeq }).where("id = :id", { id: e.id }).execute();
  return e.waitlistSeq;
}

/** A seat or the waitlist, for an event row this transaction has locked and read. */
export async function place(m: EntityManager, e: TrainingEvent, organisationId: number, now: Date): Promise<{ status: R; waitlistOrder: number | null }> {
  if (await takeSeat(m, e, organisationId, now)) {
    e.confirmedCount += 1;
    return { status: R.CONFIRMED, waitlistOrder: null };
  }
  return { status: R.WAITLISTED, waitlistOrder: await nextWaitlistOrderLocked(m, e) };
}

/**
 * Moves waitlisted people into free seats in `promotionOrder`. `promoted` runs for each, inside
 * the transaction, before the next seat is taken (the audit row and the notifications). The caller
 * holds the event row's lock.
 */
export async function promoteFromWaitlist(
  m: EntityManager,
  eventId: number,
  promoted: (e: TrainingEvent, reg: TrainingRegistration) => Promise<void>,
): Promise<TrainingRegistration[]> {
  const result: TrainingRegistration[] = [];
  const now = new Date();
  const e = await m.findOneByOrFail(TrainingEvent, { id: eventId });
  if (e.status !== S.PUBLISHED) return result;
  const free = e.capacity - e.confirmedCount;
  if (free <= 0) return result;
  const waiting = await m.find(TrainingRegistration, { where: { eventId, status: R.WAITLISTED }, order: { waitlistOrder: "ASC" } });
  const used = new Map((await m.findBy(TrainingQuotaUse, { eventId })).map((q) => [q.organisationId, q.confirmed]));
  const order = promotionOrder(waiting, { free, quota: activeQuota(e, now), used });
  for (let next = order.next(); !next.done;) {
    const reg = next.value;
    if (!(await takeSeat(m, e, reg.organisationId, now))) {
      next = order.next(false);
      continue;
    }
    const res = await m
      .createQueryBuilder()
      .update(TrainingRegistration)
      .set({ status: R.CONFIRMED, waitlistOrder: null, confirmedAt: now })
      .where("id = :id AND status = :w", { id: reg.id, w: R.WAITLISTED })
      .execute();
    if (res.affected !== 1) throw registrationMachine.changedMeanwhile();
    reg.status = R.CONFIRMED;
    result.push(reg);
    await promoted(e, reg);
    next = order.next(true);
  }
  return result;
}
