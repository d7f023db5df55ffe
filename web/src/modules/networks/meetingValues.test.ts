import { describe, expect, it } from "vitest";
import { type MeetingValues, isHeld, meetingSchema, newMeetingValues, toScheduleInput } from "./meetingValues";

const t = (key: string) => key.replace("networks.schedule.", "");
const issues = (v: MeetingValues) => {
  const res = meetingSchema(t).safeParse(v);
  return res.success ? {} : Object.fromEntries(res.error.issues.map((i) => [i.path.join("."), i.message]));
};
const valid = (patch: Partial<MeetingValues> = {}): MeetingValues => ({ ...newMeetingValues(), title: "Höstträffen", location: "Göteborg", ...patch });

describe("the meeting form's checks", () => {
  it("accepts a complete meeting with an empty agenda row left out", () => {
    expect(issues(valid())).toEqual({});
    expect(toScheduleInput(valid(), "7").agenda).toEqual([]);
  });

  it("names each field that is missing or wrong", () => {
    expect(issues(valid({ title: "Hö", location: "", end: "08:00", onlineUrl: "inte en länk", repeatCount: "30" }))).toEqual({
      title: "titleRequired",
      end: "endAfterStart",
      onlineUrl: "urlInvalid",
      repeatCount: "repeatCountInvalid",
    });
    expect(issues(valid({ location: " ", onlineUrl: "" }))).toEqual({ location: "placeRequired" });
  });

  it("keys agenda errors by the position among the filled rows, as the server does", () => {
    const agenda = [
      { key: "a", title: "", presenter: "", minutes: "" },
      { key: "b", title: "", presenter: "Alla", minutes: "700" },
    ];
    expect(issues(valid({ agenda }))).toEqual({ "agenda.0.title": "agendaTitleRequired", "agenda.0.durationMinutes": "minutesInvalid" });
  });

  it("records a meeting whose start has passed as held: no invitation, deadline or series", () => {
    const past = valid({ date: "2020-03-10", rsvpDate: "2030-01-01", repeatCount: "4" });
    expect(isHeld(past)).toBe(true);
    expect(issues(past)).toEqual({});
    expect(toScheduleInput(past, "7")).toMatchObject({ invite: false, rsvpDeadline: null, repeatCount: 1, startsAt: "2020-03-10T08:00:00.000Z" });
  });
});
