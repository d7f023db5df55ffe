import type { CatalogueSection } from "./types";

/** Development funds (utvecklingsmedel): allotments, requisitions, reminders and redistribution. */
export const developmentFundMessages: CatalogueSection = {
  messages: {
    "devfunds.allotment-published": {
      sv: {
        title: "Utvecklingsmedel {year}: er tilldelning",
        body: "Socialstyrelsen har publicerat fördelningen av utvecklingsmedel för {year}. Rekvirera senast {closes}.",
      },
      en: {
        title: "Development funds {year}: your allotment",
        body: "Socialstyrelsen has published the allocation of development funds for {year}. Requisition by {closes}.",
      },
    },
    "devfunds.joint-confirm": {
      sv: {
        title: "Bekräfta gemensam rekvisition {year}",
        body: "{lead} har rekvirerat utvecklingsmedel gemensamt med er kommun ({amount}). Bekräfta i Samverka.",
      },
      en: {
        title: "Confirm the joint requisition {year}",
        body: "{lead} has requisitioned development funds jointly with your municipality ({amount}). Confirm in Samverka.",
      },
    },
    "devfunds.requisition-reminder": {
      sv: {
        title: "Påminnelse: rekvirera utvecklingsmedel {year}",
        body: "Er organisation har inte rekvirerat sin tilldelning av utvecklingsmedel för {year}. Sista dag är {closes}.",
      },
      en: {
        title: "Reminder: requisition development funds {year}",
        body: "Your organisation has not requisitioned its allotment of development funds for {year}. The last day is {closes}.",
      },
    },
    "devfunds.redistributed": {
      sv: { title: "Utvecklingsmedel {year}: omfördelning", body: "Ni har fått ytterligare medel genom omfördelningen av medel som inte rekvirerades." },
      en: {
        title: "Development funds {year}: redistribution",
        body: "You have received further funds through the redistribution of funds that were not requisitioned.",
      },
    },
  },
};
