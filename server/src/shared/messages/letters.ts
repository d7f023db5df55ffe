import type { CatalogueSection } from "./types";

/** Official documents: the letter template, decision letters and certificates. */
export const letterMessages: CatalogueSection = {
  messages: {},
  phrases: {
    "letter.page": { sv: "Sida {page} av {pages}", en: "Page {page} of {pages}" },
    "letter.date": { sv: "Datum", en: "Date" },
    "letter.diarienummer": { sv: "Diarienummer", en: "Reference number (diarienummer)" },
    "letter.postalAddress": { sv: "Postadress", en: "Postal address" },
    "letter.visitingAddress": { sv: "Besöksadress", en: "Visiting address" },
    "letter.phone": { sv: "Tel", en: "Tel" },
    "letter.contact": { sv: "E-post och webb", en: "E-mail and web" },
    "letter.validWithoutSignature": {
      sv: "Beslutet har fattats i Samverka och är giltigt utan underskrift.",
      en: "The decision was made in Samverka and is valid without a signature.",
    },
    "letter.heading.stimulus": { sv: "Beslut om särskilda stimulansmedel", en: "Decision on special stimulus funds" },
    "letter.heading.developmentFunds": { sv: "Beslut om utvecklingsmedel", en: "Decision on development funds" },
    "letter.to": { sv: "Till", en: "To" },
    "letter.call": { sv: "Utlysning", en: "Call" },
    "letter.application": { sv: "Ansökan", en: "Application" },
    "letter.purposes": { sv: "Ändamål", en: "Purposes" },
    "letter.decision": { sv: "Beslut", en: "Decision" },
    "letter.outcome.APPROVED": { sv: "Ansökan beviljas.", en: "The application is granted." },
    "letter.outcome.PARTIALLY_APPROVED": { sv: "Ansökan beviljas delvis.", en: "The application is partly granted." },
    "letter.outcome.REJECTED": { sv: "Ansökan avslås.", en: "The application is rejected." },
    "letter.outcome.REQUISITION": {
      sv: "Rekvisitionen beviljas enligt fördelningsnyckeln.",
      en: "The requisition is granted according to the allocation key.",
    },
    "letter.withoutOpinion": { sv: "Beslutet har fattats utan yttrande från {body}.", en: "The decision was made without an opinion from {body}." },
    "letter.requested": { sv: "Sökt belopp", en: "Amount applied for" },
    "letter.granted": { sv: "Beviljat belopp", en: "Amount granted" },
    "letter.motivation": { sv: "Motivering", en: "Reasons" },
    "letter.preparation": { sv: "Beredning", en: "Preparation" },
    "letter.opinion.SUPPORTS": { sv: "tillstyrker ansökan", en: "supports the application" },
    "letter.opinion.SUPPORTS_WITH_CHANGES": { sv: "tillstyrker ansökan med ändringar", en: "supports the application with changes" },
    "letter.opinion.DOES_NOT_SUPPORT": { sv: "avstyrker ansökan", en: "does not support the application" },
    "letter.consulted": {
      sv: "Ärendet har beretts efter att synpunkter inhämtats från {body}, som {opinion} ({date}).",
      en: "The case was prepared after views were obtained from {body}, which {opinion} ({date}).",
    },
    "letter.consultedUnanswered": {
      sv: "Synpunkter har begärts från {body} med svarstid till {due}. Inget svar hade kommit in när svarstiden gått ut, och ärendet har avgjorts utan yttrande.",
      en: "Views were requested from {body} by {due}. No answer had arrived when that date had passed, and the case was decided without an opinion.",
    },
    "letter.conditions": { sv: "Villkor", en: "Conditions" },
    "letter.conditionsText": {
      sv: "Medlen ska användas för det ändamål som anges i ansökan under perioden {start}–{end}. Återrapportering om hur medlen använts ska lämnas senast {due}. Medel som inte används ska betalas tillbaka till Socialstyrelsen.",
      en: "The funds are to be used for the purpose stated in the application during the period {start}–{end}. A follow-up report on how the funds were used is due by {due}. Funds not used are to be repaid to Socialstyrelsen.",
    },
    "letter.conditionsNoPeriod": {
      sv: "Medlen ska användas för det ändamål som anges i ansökan. Återrapportering om hur medlen använts ska lämnas senast {due}. Medel som inte används ska betalas tillbaka till Socialstyrelsen.",
      en: "The funds are to be used for the purpose stated in the application. A follow-up report on how the funds were used is due by {due}. Funds not used are to be repaid to Socialstyrelsen.",
    },
    "letter.decisionMakers": { sv: "Beslutande och föredragande", en: "Decision maker and presenting officer" },
    "letter.decidedBy": { sv: "Beslutande: {name}", en: "Decision maker (beslutande): {name}" },
    "letter.presentedBy": { sv: "Föredragande: {name}", en: "Presenting officer (föredragande): {name}" },
    "letter.decidedByAllocation": {
      sv: "Beslutet har fattats enligt den fördelningsnyckel som gäller för omgången, när rekvisitionen kom in.",
      en: "The decision was made by the allocation key of the round, when the requisition arrived.",
    },
    "letter.appeal": { sv: "Hur man överklagar", en: "How to appeal" },
    "letter.appeal.forvaltningslagen": {
      sv: "Medlen fördelas enligt regeringens beslut S2020/01591/SOF; ingen förordning utesluter överklagande, så förvaltningslagens regler gäller. Beslutet kan överklagas till Förvaltningsrätten i Stockholm (40–44 §§ förvaltningslagen (2017:900)). Skriv till förvaltningsrätten men skicka eller lämna överklagandet till Socialstyrelsen, 106 30 Stockholm, eller registrator@socialstyrelsen.se. Överklagandet ska ha kommit in till Socialstyrelsen inom tre veckor från den dag ni fick del av beslutet. Ange vilket beslut ni överklagar (diarienummer), hur ni vill att beslutet ska ändras och varför.",
      en: "The funds are distributed under the Government's decision S2020/01591/SOF; no ordinance excludes an appeal, so the Administrative Procedure Act applies. The decision can be appealed to the Administrative Court in Stockholm (Förvaltningsrätten i Stockholm; sections 40–44 of the Administrative Procedure Act (2017:900)). Address the appeal to the court but send or deliver it to Socialstyrelsen, 106 30 Stockholm, or registrator@socialstyrelsen.se. It must reach Socialstyrelsen within three weeks of the day you were notified of the decision. State which decision you appeal (reference number), how you want it changed and why.",
    },
    "letter.appeal.notAppealable": {
      sv: "Beslutet får enligt den förordning som gäller för statsbidraget inte överklagas.",
      en: "Under the ordinance that governs the grant, the decision cannot be appealed.",
    },
    "letter.certificate": { sv: "Intyg", en: "Certificate" },
    "letter.certificateNumber": { sv: "Intygsnummer", en: "Certificate number" },
    "letter.certifiedCourseLeader": { sv: "Certifierad kursledare", en: "Certified course leader" },
    "letter.certificateText": {
      sv: "har genomfört {event}, anordnad av {organiser}, {dates}, och är certifierad att leda utbildning i grundläggande kunskaper om våld i nära relationer.",
      en: "has completed {event}, arranged by {organiser}, {dates}, and is certified to lead training in basic knowledge of violence in close relationships.",
    },
    "letter.certificateIssued": {
      sv: "Utfärdat i Samverka inom Socialstyrelsens nationella kompetensstöd.",
      en: "Issued in Samverka within Socialstyrelsen's national competence support.",
    },
  },
};
