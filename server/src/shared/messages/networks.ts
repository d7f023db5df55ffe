import type { CatalogueSection } from "./types";

/** Networks (nätverk): meeting invitations and minutes. */
export const networkMessages: CatalogueSection = {
  messages: {
    "network.meeting-invitation": {
      sv: { title: "Inbjudan: {meeting}", body: "{network} bjuder in till {meeting} {startsAt}{location}.{rsvp}{series}" },
      en: { title: "Invitation: {meeting}", body: "{network} invites you to {meeting} {startsAt}{location}.{rsvp}{series}" },
    },
    "network.minutes-approval": {
      sv: { title: "Protokoll att justera: {meeting}", body: "Du har utsetts att justera protokollet från {meeting} ({date}) i {network}." },
      en: { title: "Minutes to approve: {meeting}", body: "You have been chosen to approve the minutes of {meeting} ({date}) in {network}." },
    },
    "network.minutes-published": {
      sv: { title: "Protokoll publicerat: {meeting}", body: "Protokollet från {meeting} ({date}) i {network} är justerat och publicerat{version}." },
      en: { title: "Minutes published: {meeting}", body: "The minutes of {meeting} ({date}) in {network} are approved and published{version}." },
    },
    "network.minutes-returned": {
      sv: {
        title: "Protokoll tillbaka med kommentarer: {meeting}",
        body: "{approver} har skickat tillbaka protokollet från {meeting} ({date}) i {network} med kommentarer: {comment}",
      },
      en: {
        title: "Minutes sent back with comments: {meeting}",
        body: "{approver} has sent back the minutes of {meeting} ({date}) in {network} with comments: {comment}",
      },
    },
  },
  phrases: {
    "network.invitation.location": { sv: ", {location}", en: ", {location}" },
    "network.invitation.rsvp": { sv: " Svara senast {date}.", en: " Please answer by {date}." },
    "network.invitation.series": { sv: " Ytterligare {count} möten i serien är inplanerade.", en: " {count} more meetings of the series are planned." },
    "network.minutes.version": { sv: " (version {version})", en: " (version {version})" },
  },
};
