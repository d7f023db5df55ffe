import { describe, expect, it } from "vitest";
import { countTopics } from "../../server/dist/modules/networks/network.national";
import { NetworkTopic } from "../../server/dist/modules/networks/network.entities";

describe("networks per topic", () => {
  it("counts each convening länsstyrelse and member organisation once per topic, and every meeting", () => {
    const meetings = [
      { networkId: 1, topic: NetworkTopic.HEDERSRELATERAT_VALD, convenerId: 100, countyCode: "14" },
      { networkId: 1, topic: NetworkTopic.HEDERSRELATERAT_VALD, convenerId: 100, countyCode: "14" },
      { networkId: 2, topic: NetworkTopic.HEDERSRELATERAT_VALD, convenerId: 100, countyCode: "14" },
      { networkId: 3, topic: NetworkTopic.HEDERSRELATERAT_VALD, convenerId: 101, countyCode: "01" },
    ];
    const members = [
      { networkId: 1, organisationId: 1 },
      { networkId: 2, organisationId: 1 },
      { networkId: 3, organisationId: 2 },
      { networkId: 9, organisationId: 3 },
    ];
    const figures = countTopics(meetings, members, 21);
    expect(figures.find((f) => f.topic === NetworkTopic.HEDERSRELATERAT_VALD)).toEqual({
      topic: NetworkTopic.HEDERSRELATERAT_VALD,
      lansstyrelser: 2,
      share: 2 / 21,
      meetingsHeld: 4,
      organisations: 2,
      countyCodes: ["01", "14"],
    });
    expect(figures.filter((f) => f.lansstyrelser === 0)).toHaveLength(Object.values(NetworkTopic).length - 1);
  });
});
