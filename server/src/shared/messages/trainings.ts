import type { CatalogueSection } from "./types";

/** Training events (utbildningar): registrations, the waitlist, cancellation and course leaders. */
export const trainingMessages: CatalogueSection = {
  messages: {
    "training.event-cancelled": {
      sv: { title: "Inställd: {event}", body: "{event} ({date}) är inställd. Orsak: {reason}" },
      en: { title: "Cancelled: {event}", body: "{event} ({date}) is cancelled. Reason: {reason}" },
    },
    "training.registered": {
      sv: { title: "Anmälan till {event}", body: "{confirmed} bekräftade och {waitlisted} på reservlistan." },
      en: { title: "Registration for {event}", body: "{confirmed} confirmed and {waitlisted} on the waitlist." },
    },
    "training.promoted": {
      sv: { title: "Plats på {event}", body: "{name} har fått en plats på {event} ({date}) från reservlistan." },
      en: { title: "A seat at {event}", body: "{name} has been given a seat at {event} ({date}) from the waitlist." },
    },
    "training.moved-confirmed": {
      sv: { title: "Plats på {event}", body: "{name} har fått en bekräftad plats." },
      en: { title: "A seat at {event}", body: "{name} has been given a confirmed seat." },
    },
    "training.moved-waitlisted": {
      sv: { title: "Reservlista: {event}", body: "{name} har flyttats till reservlistan." },
      en: { title: "Waitlist: {event}", body: "{name} has been moved to the waitlist." },
    },
    "training.certified": {
      sv: {
        title: "Certifierad kursledare: {name}",
        body: "{name} har genomfört alla tillfällen av {event} och är nu certifierad kursledare. Intyget kan laddas ner i Samverka.",
      },
      en: {
        title: "Certified course leader: {name}",
        body: "{name} has attended every session of {event} and is now a certified course leader. The certificate can be downloaded in Samverka.",
      },
    },
  },
};
