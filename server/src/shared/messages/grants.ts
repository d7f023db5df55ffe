import type { CatalogueSection } from "./types";

/** Stimulus grants (stimulansmedel): calls, applications, consultation, decisions, payout, follow-up. */
export const grantMessages: CatalogueSection = {
  messages: {
    "grant.case-message-from-applicant": {
      sv: { title: "Nytt meddelande: {diarienummer}", body: "{organisation} har skrivit i ärendet ”{title}”." },
      en: { title: "New message: {diarienummer}", body: "{organisation} has written in the case “{title}”." },
    },
    "grant.case-message-from-officer": {
      sv: { title: "Nytt meddelande från Socialstyrelsen: {diarienummer}", body: "Socialstyrelsen har skrivit i ärendet ”{title}”." },
      en: { title: "New message from Socialstyrelsen: {diarienummer}", body: "Socialstyrelsen has written in the case “{title}”." },
    },
    "grant.call-opened": {
      sv: { title: "Ny utlysning: {call}", body: "Socialstyrelsen har öppnat utlysningen ”{call}” ({budget}). Ansök {opens}–{closes}." },
      en: { title: "New call: {call}", body: "Socialstyrelsen has opened the call “{call}” ({budget}). Apply {opens}–{closes}." },
    },
    "grant.application-submitted": {
      sv: { title: "Ny ansökan: {diarienummer}", body: "{organisation} har skickat in ”{title}” ({amount}) till ”{call}”." },
      en: { title: "New application: {diarienummer}", body: "{organisation} has submitted “{title}” ({amount}) to “{call}”." },
    },
    "grant.application-resubmitted": {
      sv: { title: "Komplettering inkommen: {diarienummer}", body: "{organisation} har skickat in ”{title}” ({amount}) till ”{call}”." },
      en: { title: "Completion received: {diarienummer}", body: "{organisation} has submitted “{title}” ({amount}) to “{call}”." },
    },
    "grant.application-withdrawn": {
      sv: { title: "Ansökan återkallad: {diarienummer}", body: "{organisation} har återkallat ”{title}”." },
      en: { title: "Application withdrawn: {diarienummer}", body: "{organisation} has withdrawn “{title}”." },
    },
    "grant.follow-up-submitted": {
      sv: { title: "Återrapportering inkommen: {diarienummer}", body: "Hela beviljade beloppet ({granted}) har använts." },
      en: { title: "Follow-up report received: {diarienummer}", body: "The whole amount granted ({granted}) has been used." },
    },
    "grant.follow-up-submitted-repayment": {
      sv: { title: "Återrapportering inkommen: {diarienummer}", body: "Använt {used} av {granted}; {repayment} ska återbetalas." },
      en: { title: "Follow-up report received: {diarienummer}", body: "Used {used} of {granted}; {repayment} is to be repaid." },
    },
    "grant.partial-report-submitted": {
      sv: {
        title: "Delrapport inkommen: {diarienummer}",
        body: "{organisation} har lämnat delrapporten för {year}: använt {used} under året, {usedSoFar} hittills av {granted}.",
      },
      en: {
        title: "Partial report received: {diarienummer}",
        body: "{organisation} has filed the partial report for {year}: {used} used during the year, {usedSoFar} so far of {granted}.",
      },
    },
    "grant.follow-up-approved": {
      sv: { title: "Återrapporteringen är godkänd: {diarienummer}", body: "Socialstyrelsen har granskat och godkänt återrapporteringen av ”{title}”." },
      en: { title: "Follow-up report approved: {diarienummer}", body: "Socialstyrelsen has reviewed and approved the follow-up report on “{title}”." },
    },
    "grant.follow-up-completion-requested": {
      sv: {
        title: "Komplettera återrapporteringen: {diarienummer}",
        body: "Socialstyrelsen ber er komplettera återrapporteringen av ”{title}” senast {due}: {message}",
      },
      en: {
        title: "Complete the follow-up report: {diarienummer}",
        body: "Socialstyrelsen asks you to complete the follow-up report on “{title}” by {due}: {message}",
      },
    },
    "grant.reclaimed": {
      sv: {
        title: "Beslut om återkrav: {diarienummer}",
        body: "Socialstyrelsen har beslutat att {amount} av medlen för ”{title}” ska betalas tillbaka: {motivation} Beslutet finns att hämta i Samverka.",
      },
      en: {
        title: "Reclaim decision: {diarienummer}",
        body: "Socialstyrelsen has decided that {amount} of the funds for “{title}” is to be repaid: {motivation} The decision letter can be downloaded in Samverka.",
      },
    },
    "grant.completion-requested": {
      sv: { title: "Komplettering begärs: {diarienummer}", body: "Socialstyrelsen ber er komplettera ansökan ”{title}” senast {due}: {message}" },
      en: { title: "Completion requested: {diarienummer}", body: "Socialstyrelsen asks you to complete the application “{title}” by {due}: {message}" },
    },
    "grant.completion-reminder": {
      sv: {
        title: "Påminnelse om komplettering: {diarienummer}",
        body: "Socialstyrelsen påminner om att komplettera ansökan ”{title}” senast {due}: {message}",
      },
      en: {
        title: "Reminder of completion: {diarienummer}",
        body: "Socialstyrelsen reminds you to complete the application “{title}” by {due}: {message}",
      },
    },
    "grant.consultation-requested": {
      sv: { title: "Remiss från Socialstyrelsen: {count} {applications}", body: "Socialstyrelsen önskar era synpunkter på {diarienummer}." },
      en: { title: "Consultation from Socialstyrelsen: {count} {applications}", body: "Socialstyrelsen asks for your views on {diarienummer}." },
    },
    "grant.decided": {
      sv: { title: "Beslut: {diarienummer}", body: "Ansökan ”{title}” har {outcome}{amount}{withoutOpinion}. Beslutsbrevet finns att hämta i Samverka." },
      en: {
        title: "Decision: {diarienummer}",
        body: "The application “{title}” has been {outcome}{amount}{withoutOpinion}. The decision letter can be downloaded in Samverka.",
      },
    },
    "assessment.assigned": {
      sv: {
        title: "Ansökningar att bedöma: {call}",
        body: "Du är bedömare i utlysningen ”{call}”. Pröva jäv för varje ansökan innan du öppnar den, och poängsätt sedan på bedömningsgrunderna.",
      },
      en: {
        title: "Applications to assess: {call}",
        body: "You are a reviewer of the call “{call}”. Declare whether you have a conflict of interest in each application before opening it, then score it on the criteria.",
      },
    },
    "assessment.removed": {
      sv: {
        title: "Inte längre bedömare: {call}",
        body: "Du är inte längre bedömare i utlysningen ”{call}”. Du behöver inte pröva jäv eller poängsätta dess ansökningar.",
      },
      en: {
        title: "No longer a reviewer: {call}",
        body: "You are no longer a reviewer of the call “{call}”. You need not declare on or score its applications.",
      },
    },
    "grant.paid": {
      sv: { title: "Utbetalning: {diarienummer}", body: "{amount} har betalats ut. Återrapportera senast {due}." },
      en: { title: "Payment: {diarienummer}", body: "{amount} has been paid out. Report back by {due}." },
    },
    "grant.repaid": {
      sv: { title: "Återbetalning mottagen: {diarienummer}", body: "Socialstyrelsen har tagit emot återbetalningen på {amount}." },
      en: { title: "Repayment received: {diarienummer}", body: "Socialstyrelsen has received the repayment of {amount}." },
    },
    "grant.opinion-received": {
      sv: { title: "Remissvar: {diarienummer}", body: "{organisation} har lämnat synpunkter på ”{title}”. Ansökan kan nu beslutas." },
      en: { title: "Consultation answer: {diarienummer}", body: "{organisation} has given its views on “{title}”. The application can now be decided." },
    },
    "grant.follow-up-reminder": {
      sv: { title: "Påminnelse om återrapportering: {diarienummer}", body: "Återrapporteringen av {amount} för ”{title}” ska lämnas senast {due}." },
      en: { title: "Follow-up reminder: {diarienummer}", body: "The follow-up report on {amount} for “{title}” is due by {due}." },
    },
    "grant.partial-report-reminder": {
      sv: { title: "Påminnelse om delrapport {year}: {diarienummer}", body: "Delrapporten för {year} om ”{title}” ska lämnas senast {due}." },
      en: { title: "Partial report reminder {year}: {diarienummer}", body: "The partial report for {year} on “{title}” is due by {due}." },
    },
    "grant.partial-report-overdue": {
      sv: { title: "Försenad delrapport {year}: {diarienummer}", body: "Delrapporten för {year} om ”{title}” skulle ha lämnats {due}." },
      en: { title: "Overdue partial report {year}: {diarienummer}", body: "The partial report for {year} on “{title}” was due on {due}." },
    },
    "grant.follow-up-overdue": {
      sv: { title: "Försenad återrapportering: {diarienummer}", body: "Återrapporteringen av {amount} för ”{title}” skulle ha lämnats {due}." },
      en: { title: "Overdue follow-up report: {diarienummer}", body: "The follow-up report on {amount} for “{title}” was due on {due}." },
    },
  },
  phrases: {
    "grant.applications.one": { sv: "ansökan", en: "application" },
    "grant.applications.many": { sv: "ansökningar", en: "applications" },
    "grant.outcome.APPROVED": { sv: "beviljats", en: "approved" },
    "grant.outcome.PARTIALLY_APPROVED": { sv: "delvis beviljats", en: "partially approved" },
    "grant.outcome.REJECTED": { sv: "avslagits", en: "rejected" },
    "grant.decided.amount": { sv: " med {amount}", en: " for {amount}" },
    "grant.decided.withoutOpinion": { sv: " utan yttrande från remissinstansen", en: " without an opinion from the consultation body" },
    // Who received stimulus funds in a year, as Tabell 1 of the final report says it: "Fem länsstyrelser och NCK".
    "grant.recipients.LANSSTYRELSE.one": { sv: "en länsstyrelse", en: "one county administrative board" },
    "grant.recipients.LANSSTYRELSE.many": { sv: "{count} länsstyrelser", en: "{count} county administrative boards" },
    "grant.recipients.KOMMUN.one": { sv: "en kommun", en: "one municipality" },
    "grant.recipients.KOMMUN.many": { sv: "{count} kommuner", en: "{count} municipalities" },
    "grant.recipients.REGION.one": { sv: "en region", en: "one region" },
    "grant.recipients.REGION.many": { sv: "{count} regioner", en: "{count} regions" },
    "grant.recipients.IDEELL_ORGANISATION.one": { sv: "en ideell organisation", en: "one non-profit organisation" },
    "grant.recipients.IDEELL_ORGANISATION.many": { sv: "{count} ideella organisationer", en: "{count} non-profit organisations" },
    "grant.recipients.and": { sv: "{first} och {last}", en: "{first} and {last}" },
    "grant.recipients.none": { sv: "inga mottagare", en: "no recipients" },
  },
};
