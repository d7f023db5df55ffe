import { describe, expect, it } from "vitest";
import { countReach, type ReachRegistration } from "../../server/dist/modules/trainings/training.statistics";
import { OrganisationKind as K } from "../../server/dist/modules/organisations/organisation.entity";
import { TrainingType as T } from "../../server/dist/modules/trainings/training.entities";

const GBG = 1;
const ALE = 2;
const VGR = 3;
const NGO = 4;
const LST_O = 100;
const LST_AB = 101;

const reg = (eventId: number, organisationId: number, kind: K, person: string, confirmed = true): ReachRegistration => ({
  eventId,
  organisationId,
  kind,
  person,
  confirmed,
  courseLeader: false,
});

const events = [
  { id: 1, type: T.KURSLEDARUTBILDNING, countyCode: "14", lansstyrelseId: LST_O },
  { id: 2, type: T.KURSLEDARUTBILDNING, countyCode: "14", lansstyrelseId: LST_O },
  { id: 3, type: T.KURSLEDARUTBILDNING, countyCode: "01", lansstyrelseId: LST_AB },
  { id: 4, type: T.FREDA, countyCode: null, lansstyrelseId: null },
];

describe("reach counts each person and organisation once", () => {
  it("a person at two events of a type counts once in the county and nationally", () => {
    const { byCounty, totals } = countReach(events, [reg(1, GBG, K.KOMMUN, "a@gbg.se"), reg(2, GBG, K.KOMMUN, "a@gbg.se")], [], 21);
    expect(byCounty.find((r) => r.countyCode === "14")).toMatchObject({ events: 2, participants: 1, kommuner: 1 });
    expect(totals[0]).toMatchObject({ type: T.KURSLEDARUTBILDNING, events: 3, participants: 1, kommuner: 1 });
  });

  it("an organisation with people in two counties counts once in each county and once nationally", () => {
    const { byCounty, totals } = countReach(events, [reg(1, GBG, K.KOMMUN, "a@gbg.se"), reg(3, GBG, K.KOMMUN, "b@gbg.se")], [], 21);
    expect(byCounty.filter((r) => r.type === T.KURSLEDARUTBILDNING).map((r) => [r.countyCode, r.kommuner])).toEqual([
      ["01", 1],
      ["14", 1],
    ]);
    expect(totals[0]).toMatchObject({ participants: 2, kommuner: 1 });
  });

  it("sorts organisations by kind, and logged counts add organisations but not people", () => {
    const { totals } = countReach(
      events,
      [reg(1, VGR, K.REGION, "r@vgr.se"), reg(1, NGO, K.IDEELL_ORGANISATION, "j@jour.se")],
      [
        { eventId: 2, organisationId: ALE, kind: K.KOMMUN, participants: 7 },
        { eventId: 2, organisationId: LST_AB, kind: K.LANSSTYRELSE, participants: 1 },
      ],
      21,
    );
    expect(totals[0]).toMatchObject({ participants: 2, loggedParticipants: 8, kommuner: 1, regioner: 1, ngos: 1, otherBodies: 1 });
  });

  it("unmet demand is the people waitlisted who never got a seat in the same group", () => {
    const { byCounty, totals } = countReach(
      events,
      [
        reg(1, ALE, K.KOMMUN, "g@ale.se", false),
        reg(3, GBG, K.KOMMUN, "d@gbg.se", false),
        reg(2, GBG, K.KOMMUN, "d@gbg.se"),
        reg(1, ALE, K.KOMMUN, "g@ale.se", false),
      ],
      [],
      21,
    );
    expect(byCounty.find((r) => r.countyCode === "14")!.unmetDemand).toBe(1);
    expect(byCounty.find((r) => r.countyCode === "01")!.unmetDemand).toBe(1);
    expect(totals[0].unmetDemand).toBe(1);
  });

  it("the share of länsstyrelser counts each organiser once, and national bodies not at all", () => {
    const { shares, byCounty } = countReach(events, [], [], 21);
    expect(shares).toEqual([{ type: T.KURSLEDARUTBILDNING, lansstyrelser: 2, share: 2 / 21 }]);
    expect(byCounty.find((r) => r.type === T.FREDA)).toMatchObject({ countyCode: null, events: 1 });
  });
});
