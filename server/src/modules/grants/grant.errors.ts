import { defineErrors } from "../../shared/errors";

export const GrantErrors = defineErrors("grant", {
  callNotFound: { code: "NOT_FOUND", sv: "Utlysningen hittades inte.", en: "The grant call was not found." },
  applicationNotFound: { code: "NOT_FOUND", sv: "Ansökan hittades inte.", en: "The application was not found." },
  attachmentNotFound: { code: "NOT_FOUND", sv: "Bilagan hittades inte.", en: "The attachment was not found." },
  attachmentTypeNotAllowed: {
    code: "BAD_USER_INPUT",
    sv: "Filtypen tillåts inte som bilaga. Ladda upp PDF, Word, Excel, PowerPoint, OpenDocument eller en bild (PNG, JPEG).",
    en: "That file type is not allowed as an attachment. Upload PDF, Word, Excel, PowerPoint, OpenDocument or an image (PNG, JPEG).",
  },
  attachmentCannotBeRemoved: {
    code: "CONFLICT",
    sv: "Bilagan kan inte tas bort nu. Den som laddat upp kan ta bort sina bilagor medan ansökan är ett utkast eller ska kompletteras; Socialstyrelsen fram till beslutet.",
    en: "The attachment cannot be removed now. Uploaders remove their attachments while the application is a draft or awaits completion; Socialstyrelsen until the decision.",
  },
  tooManyAttachments: {
    code: "CONFLICT",
    sv: "Ansökan har redan {max} bilagor, det högsta antalet.",
    en: "The application already has {max} attachments, the most it can carry.",
  },
  threadNeedsSubmission: {
    code: "CONFLICT",
    sv: "Meddelanden till Socialstyrelsen skickas när ansökan har lämnats in. Bilagor kan du lägga till redan nu.",
    en: "Messages to Socialstyrelsen can be sent once the application has been submitted. You can add attachments already now.",
  },
  noCompletionToRemind: {
    code: "CONFLICT",
    sv: "Ansökan har status {status}: ingen komplettering väntar, så det finns inget att påminna om.",
    en: "The application is {status}: no completion is outstanding, so there is nothing to remind of.",
  },
  bulkRowRefused: {
    code: "CONFLICT",
    sv: "{diarienummer}: {reason} Ingen av de valda ansökningarna har ändrats.",
    en: "{diarienummer}: {reason} None of the selected applications has been changed.",
  },
  consultationBodyNotFound: { code: "NOT_FOUND", sv: "Remissinstansen hittades inte.", en: "The consultation body was not found." },
  callFixed: { code: "BAD_USER_INPUT", sv: "En ansökan kan inte flyttas till en annan utlysning.", en: "An application cannot be moved to another call." },
  notEligible: {
    code: "FORBIDDEN",
    sv: "Organisationer av typen {kind} kan inte söka i utlysningen ”{call}”.",
    en: "Organisations of kind {kind} cannot apply to the call “{call}”.",
  },
  callClosed: {
    code: "CONFLICT",
    sv: "Utlysningen ”{call}” stängde {closes}. Nya ansökningar kan inte påbörjas; se vilka utlysningar som är öppna under Stimulansmedel.",
    en: "The call “{call}” closed on {closes}. New applications cannot be started; see which calls are open under Stimulus funds.",
  },
  callTakesRequisitions: {
    code: "CONFLICT",
    sv: "Utlysningen ”{call}” tar emot rekvisitioner enligt fördelningen, inte ansökningar. Rekvirera under Utvecklingsmedel.",
    en: "The call “{call}” takes requisitions of allotments, not applications. Requisition under Development funds.",
  },
  windowClosed: {
    code: "CONFLICT",
    sv: "Ansökningstiden för ”{call}” är {opens}–{closes}. Ansökan kan bara skickas in under den tiden.",
    en: "Applications to “{call}” are accepted {opens}–{closes}. You can only submit during that time.",
  },
  notEditable: {
    code: "CONFLICT",
    sv: "Ansökan har status {status} och kan inte ändras. Du kan återkalla den om den inte är beslutad.",
    en: "The application is {status} and cannot be edited. You can withdraw it unless it has been decided.",
  },
  incomplete: {
    code: "BAD_USER_INPUT",
    sv: "Ansökan är inte komplett. Fyll i de markerade fälten innan du skickar in.",
    en: "The application is not complete. Fill in the marked fields before submitting.",
  },
  budgetLinesMismatch: {
    code: "BAD_USER_INPUT",
    sv: "Budgetraderna summerar till {sum} men sökt belopp är {requested}. Summan måste vara lika med sökt belopp.",
    en: "The budget lines add up to {sum} but the requested amount is {requested}. They must be equal.",
  },
  consultationPending: {
    code: "CONFLICT",
    sv: "Remissvar från {body} saknas och svarstiden går ut {due}. Beslut kan fattas när svaret kommit, eller utan yttrande från och med {from}.",
    en: "The opinion of {body} is missing and is due {due}. A decision can be made once it has answered, or without an opinion from {from}.",
  },
  consultationTooShort: {
    code: "BAD_USER_INPUT",
    sv: "Remisstiden för ”{call}” är minst {days} dagar. Välj svarsdag {earliest} eller senare.",
    en: "The consultation period for “{call}” is at least {days} days. Choose a due date of {earliest} or later.",
  },
  consultationDaysBelowMinimum: {
    code: "BAD_USER_INPUT",
    sv: "Remisstiden ({days} dagar) kan inte vara kortare än den kortaste remisstiden ({min} dagar).",
    en: "The consultation period ({days} days) cannot be shorter than the shortest consultation period ({min} days).",
  },
  completionDueNotInFuture: {
    code: "BAD_USER_INPUT",
    sv: "Sista dag för kompletteringen måste vara efter i dag, {today}.",
    en: "The completion's due date must be after today, {today}.",
  },
  consultationMissing: {
    code: "CONFLICT",
    sv: "Ansökan har inte skickats på remiss. Beslut fattas efter att synpunkter inhämtats från remissinstansen.",
    en: "The application has not been sent for consultation. Decisions are made after the consultation body's views.",
  },
  overBudget: {
    code: "CONFLICT",
    sv: "Beslutet skulle överskrida utlysningens budget. Kvar att fördela: {remaining}.",
    en: "The decision would exceed the call's budget. Remaining: {remaining}.",
  },
  grantedAmountInvalid: {
    code: "BAD_USER_INPUT",
    sv: "{reason}",
    en: "{reason}",
  },
  noOpenConsultation: {
    code: "NOT_FOUND",
    sv: "Det finns ingen obesvarad remiss för den ansökan hos din organisation.",
    en: "Your organisation has no unanswered consultation request for that application.",
  },
  noFollowUpToReview: {
    code: "CONFLICT",
    sv: "Det finns ingen återrapportering att granska.",
    en: "There is no follow-up report to review.",
  },
  reclaimTooHigh: {
    code: "BAD_USER_INPUT",
    sv: "Återkravet ({amount}) kan inte vara större än det utbetalda beloppet minus det som redan ska betalas tillbaka ({max}).",
    en: "The reclaim ({amount}) cannot exceed the amount paid minus what is already to be repaid ({max}).",
  },
  noReclaimLetter: {
    code: "NOT_FOUND",
    sv: "Det finns inget beslut om återkrav för ansökan.",
    en: "There is no reclaim decision for the application.",
  },
  periodRunning: {
    code: "CONFLICT",
    sv: "Medlen får användas till och med {until}. Slutrapporten, som avgör om något ska återbetalas, lämnas efter det; lämna till dess en delrapport per år.",
    en: "The funds may be used until {until}. The final report, which settles any repayment, is filed after that; until then file a partial report per year.",
  },
  noPartialReports: {
    code: "CONFLICT",
    sv: "Medlen ska användas inom ett år, så de återrapporteras i en enda återrapportering utan delrapporter.",
    en: "The funds are used within one year, so they are followed up in a single report without partial reports.",
  },
  partialReportYear: {
    code: "BAD_USER_INPUT",
    sv: "Delrapporter lämnas för åren {years}; {year} är inget av dem (slutrapporten täcker det sista året).",
    en: "Partial reports are filed for the years {years}; {year} is none of them (the final report covers the last year).",
  },
  partialReportTooEarly: {
    code: "CONFLICT",
    sv: "Delrapporten för {year} kan lämnas först när året har börjat.",
    en: "The partial report for {year} can be filed only once the year has begun.",
  },
  partialReportsTooHigh: {
    code: "BAD_USER_INPUT",
    sv: "Delrapporterna skulle tillsammans ange {used} använt, mer än beviljade {granted}.",
    en: "Together the partial reports would report {used} used, more than the {granted} granted.",
  },
  finalBelowPartials: {
    code: "BAD_USER_INPUT",
    sv: "Slutrapporten gäller hela perioden: använt belopp ({used}) kan inte vara mindre än vad delrapporterna redan angett ({partials}).",
    en: "The final report covers the whole period: the used amount ({used}) cannot be less than what the partial reports already reported ({partials}).",
  },
  usedAmountTooHigh: {
    code: "BAD_USER_INPUT",
    sv: "Använt belopp ({used}) kan inte vara större än beviljat belopp ({granted}).",
    en: "The used amount ({used}) cannot exceed the granted amount ({granted}).",
  },
  notDecidable: {
    code: "CONFLICT",
    sv: "Rekvisitioner beviljas enligt fördelningsnyckeln och beslutas inte en och en.",
    en: "Requisitions are granted by the allocation key, not decided one by one.",
  },
  noDecisionLetter: {
    code: "NOT_FOUND",
    sv: "Ansökan är inte beslutad ännu, så det finns inget beslutsbrev.",
    en: "The application has not been decided yet, so there is no decision letter.",
  },
});
