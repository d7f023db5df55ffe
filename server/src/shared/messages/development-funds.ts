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
    "devfunds.advance-notice": {
      sv: {
        title: "Utvecklingsmedel {year}: förhandsbesked",
        body: "Socialstyrelsen har publicerat förhandsbesked om er förväntade tilldelning av utvecklingsmedel för {year}. Beloppet kan ändras när befolkningssiffrorna och budgeten fastställs.",
      },
      en: {
        title: "Development funds {year}: advance notice",
        body: "Socialstyrelsen has published an advance notice of your expected allotment of development funds for {year}. The amount may change when the population figures and the budget are settled.",
      },
    },
    "devfunds.allotment-declined": {
      sv: {
        title: "{organisation} avstår utvecklingsmedel {year}",
        body: "{organisation} kommer inte att rekvirera sin tilldelning för {year}. Skäl: {reason}.",
      },
      en: {
        title: "{organisation} declines development funds {year}",
        body: "{organisation} will not requisition its allotment for {year}. Reason: {reason}.",
      },
    },
    "devfunds.decline-withdrawn": {
      sv: {
        title: "{organisation} ångrar sitt avstående {year}",
        body: "{organisation} har ångrat att den avstår utvecklingsmedel för {year} och kan rekvirera sin tilldelning.",
      },
      en: {
        title: "{organisation} withdraws its decline {year}",
        body: "{organisation} has withdrawn its decline of development funds for {year} and may requisition its allotment.",
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
