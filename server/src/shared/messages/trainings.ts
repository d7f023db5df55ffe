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
    "training.participant-link": {
      sv: {
        title: "Din anmälan till {event}",
        body: [
          "Hej {name}!",
          "",
          "Du är anmäld till {event} ({dates}), {place}. {status}",
          "",
          "På din personliga sida ser du din anmälan, kan lägga in utbildningen i din kalender och avboka om du inte kan komma:",
          "{link}",
          "",
          "Din incheckningskod är {code}. Visa koden (eller QR-koden på din sida) vid dörren, så registreras din närvaro.",
          "",
          "Länken är personlig; dela den inte.",
        ].join("\n"),
      },
      en: {
        title: "Your registration for {event}",
        body: [
          "Hello {name},",
          "",
          "You are registered for {event} ({dates}), {place}. {status}",
          "",
          "On your personal page you can see your registration, add the training to your calendar and cancel if you cannot come:",
          "{link}",
          "",
          "Your check-in code is {code}. Show the code (or the QR code on your page) at the door to have your attendance recorded.",
          "",
          "The link is personal; do not share it.",
        ].join("\n"),
      },
    },
    "training.participant-cancelled": {
      sv: { title: "Avbokad: {name}, {event}", body: "{name} har avbokat sin plats på {event} via sin personliga länk." },
      en: { title: "Cancelled: {name}, {event}", body: "{name} has cancelled their place at {event} through their personal link." },
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
  phrases: {
    "training.status-confirmed": { sv: "Du har en bekräftad plats.", en: "You have a confirmed seat." },
    "training.status-waitlisted": {
      sv: "Du står på reservlistan; din plats i kön ser du på din sida.",
      en: "You are on the waitlist; your place in the queue is on your page.",
    },
  },
};
