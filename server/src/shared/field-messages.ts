import type { Locale } from "./request-context";

/**
 * English for every field message, keyed by its Swedish text exactly as the code writes it.
 * The code keeps writing Swedish (class-validator `message`, `invalid(field, reason)`,
 * `extensions.fields`); the error formatter puts these texts in their place when the request
 * asks for English. A message built from a template literal is keyed with `{0}`, `{1}`, … where
 * the template has `${…}`; the English text places the same values with the same markers.
 * tests/foundation/field-messages.test.ts fails for a Swedish field message missing here.
 */
export const FIELD_MESSAGES: Readonly<Record<string, string>> = {
  // Shared by several modules
  "Ogiltigt id.": "Invalid id.",
  "Texten innehåller ogiltiga tecken.": "The text contains invalid characters.",
  "Texten får inte innehålla radbrytningar eller tabbar.": "The text may not contain line breaks or tabs.",
  "offset får inte vara negativt": "offset cannot be negative",
  "limit måste vara minst 1": "limit must be at least 1",
  "limit får vara högst {0}": "limit may be at most {0}",
  "Ange en giltig e-postadress.": "Enter a valid e-mail address.",
  "Ange en rubrik (3–200 tecken).": "Enter a title (3–200 characters).",
  "Ange datum som ÅÅÅÅ-MM-DD.": "Enter the date as YYYY-MM-DD.",
  "Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-24.": "Enter the date as YYYY-MM-DD, e.g. 2026-11-24.",
  "Ange en fullständig webbadress, t.ex. https://…": "Enter a full web address, e.g. https://…",
  "Ange plats eller länk till mötet.": "Enter a place or a link to the meeting.",
  "Ange kontaktperson.": "Enter a contact person.",
  "Ange målgrupper.": "Enter the target groups.",
  "Ange sökt belopp.": "Enter the requested amount.",
  "Lägg till minst en budgetrad.": "Add at least one budget line.",
  "Beskriv vad som har gjorts.": "Describe what has been done.",

  // Users and organisations
  "E-postadressen är för lång.": "The e-mail address is too long.",
  "Ange personens namn (2–200 tecken).": "Enter the person's name (2–200 characters).",
  "Välj minst en roll.": "Choose at least one role.",
  "Inbjudningskoden är ogiltig.": "The invitation code is invalid.",
  "Lösenordet måste ha minst 12 tecken.": "The password must have at least 12 characters.",
  "Länskoden har två siffror, t.ex. 14.": "The county code has two digits, e.g. 14.",

  // Grants
  "Ange ett år från 2000.": "Enter a year from 2000.",
  "Ange ett år före 2100.": "Enter a year before 2100.",
  "Budgeten måste vara minst 1 kr.": "The budget must be at least 1 kr.",
  "Budgeten är orimligt stor.": "The budget is unreasonably large.",
  "Välj minst en typ av organisation som får söka.": "Choose at least one kind of organisation that may apply.",
  "Remisstiden måste vara minst en dag.": "The consultation period must be at least one day.",
  "Remisstiden får vara högst 180 dagar.": "The consultation period may be at most 180 days.",
  "Remisstiden måste vara minst {0} dagar.": "The consultation period must be at least {0} days.",
  "Välj {0} eller senare (minst {1} dagar).": "Choose {0} or later (at least {1} days).",
  "Välj en dag efter i dag ({0}).": "Choose a day after today ({0}).",
  "Ange en kategori för budgetraden.": "Enter a category for the budget line.",
  "Beloppet kan inte vara negativt.": "The amount cannot be negative.",
  "Rubriken får vara högst 200 tecken.": "The title may be at most 200 characters.",
  "Högst 50 budgetrader.": "At most 50 budget lines.",
  "Skriv myndighetens synpunkter.": "Write the agency's views.",
  "Skriv en motivering till beslutet.": "Write the reasons for the decision.",
  "Skriv vad som behöver kompletteras.": "Write what needs to be added.",
  "Meddelandet får vara högst 10 000 tecken.": "The message may be at most 10,000 characters.",
  "Ange ett antal dagar mellan 0 och 3 650.": "Enter a number of days between 0 and 3,650.",
  "Sista ansökningsdag måste vara efter öppningsdagen.": "The closing date must be after the opening date.",
  "En ansökan kan inte flyttas till en annan utlysning.": "An application cannot be moved to another call.",
  "Välj vilken utlysning ansökan gäller.": "Choose which call the application is for.",
  "Ange en rubrik.": "Enter a title.",
  "Beskriv syftet.": "Describe the purpose.",
  "Beskriv de planerade aktiviteterna.": "Describe the planned activities.",
  "Ange när perioden börjar.": "Enter when the period starts.",
  "Ange när perioden slutar.": "Enter when the period ends.",
  "Perioden kan inte sluta innan den börjar.": "The period cannot end before it starts.",
  "Ange kontaktpersonens e-postadress.": "Enter the contact person's e-mail address.",
  "Summan {0} ska vara {1}.": "The sum {0} should be {1}.",
  "Ett avslag beviljar inget belopp.": "A rejection grants no amount.",
  "Beviljad ansökan får sökt belopp, {0}. Välj delvis beviljad för ett lägre belopp.":
    "An approved application is granted the requested amount, {0}. Choose partially approved for a lower amount.",
  "Ange ett beviljat belopp större än 0 och mindre än sökt belopp ({0}).": "Enter a granted amount greater than 0 and less than the requested amount ({0}).",

  // Development funds
  "Ange ett belopp.": "Enter an amount.",
  "Ange bankgiro- eller plusgironummer.": "Enter a bankgiro or plusgiro number.",
  "Ange planerad användning.": "Enter the planned use.",
  "Beskriv verksamheten (minst 10 tecken).": "Describe the activities (at least 10 characters).",
  "Välj län.": "Choose a county.",
  "Välj ett av de 21 länen.": "Choose one of the 21 counties.",
  "Betyget är 1–5.": "The score is 1–5.",
  "Motivera betyget.": "Give the reasons for the score.",
  "Sista dag måste vara efter första dag.": "The last day must be after the first day.",
  "Golvbeloppet gånger antalet kommuner ({0}) får inte överstiga kommunernas pott.":
    "The floor amount times the number of kommuner ({0}) must not exceed the kommuner's pot.",
  "Ogiltigt {0}nummer.": "Invalid {0} number.",
  "Ogiltigt organisationsnummer.": "Invalid organisation number.",
  "Planerad användning summerar till {0} men rekvirerat belopp är {1}.": "The planned use adds up to {0} but the requisitioned amount is {1}.",
  "Ange hur mycket mer ni vill ha som mest.": "Enter how much more you would like at most.",
  "Högst {0}.": "At most {0}.",
  "En eller flera mottagare hör inte till omgången.": "One or more recipients do not belong to the round.",
  "Användningen per kategori summerar till {0} men använt belopp är {1}.": "The use per category adds up to {0} but the used amount is {1}.",

  // Networks
  "Ange nätverkets namn (3–200 tecken).": "Enter the network's name (3–200 characters).",
  "Ange kontaktpersonens namn.": "Enter the contact person's name.",
  "Ange en rubrik för dagordningspunkten.": "Enter a title for the agenda item.",
  "Ange en rubrik för mötet (3–200 tecken).": "Enter a title for the meeting (3–200 characters).",
  "Ange namn.": "Enter a name.",
  "Beskriv åtgärden.": "Describe the action.",
  "Ange vem som ansvarar.": "Enter who is responsible.",
  "Skriv protokollet.": "Write the minutes.",
  "Ett beslut får vara högst 2 000 tecken.": "A decision may be at most 2,000 characters.",
  "En eller flera organisationer finns inte.": "One or more organisations do not exist.",
  "Organisationen är inte medlem i nätverket.": "The organisation is not a member of the network.",
  "Mötet måste sluta efter att det börjat.": "The meeting must end after it starts.",
  "Sista svarsdag måste vara före mötet.": "The reply deadline must be before the meeting.",
  "Sista svarsdag kan inte vara före i dag.": "The reply deadline cannot be before today.",
  "Mötet har redan ägt rum och kan inte bjudas in till. Registrera det som hållet, utan inbjudan.":
    "The meeting has already taken place and cannot be invited to. Record it as held, without invitations.",
  "Mötet är inställt.": "The meeting has been cancelled.",
  "Närvaro kan bara registreras för medlemsorganisationer.": "Attendance can only be recorded for member organisations.",
  "Protokollet med beslut är för långt (högst cirka 30 000 tecken). Lägg långa underlag som dokument till mötet.":
    "The minutes with decisions are too long (at most about 30,000 characters). Add long material as documents to the meeting.",
  "Välj en person i en medlemsorganisation.": "Choose a person of a member organisation.",
  "Välj vem som ska justera protokollet.": "Choose who is to approve the minutes.",
  "Dagordningspunkten hör inte till mötet.": "The agenda item does not belong to the meeting.",

  // Trainings
  "Okänd länskod: {0}. Ange länskoder som 14 eller 01.": "Unknown county code: {0}. Enter county codes such as 14 or 01.",
  "Ange minst en plats.": "Enter at least one seat.",
  "Välj minst en typ av organisation som får anmäla.": "Choose at least one kind of organisation that may register.",
  "Kvoten måste vara minst 1.": "The quota must be at least 1.",
  "Lägg till minst ett tillfälle (datum och tid).": "Add at least one session (date and time).",
  "Ange deltagarens namn.": "Enter the participant's name.",
  "Ange antal deltagare.": "Enter the number of participants.",
  "Tillfälle {0} slutar innan det börjar.": "Session {0} ends before it starts.",
  "Sista anmälningsdag måste vara före första tillfället.": "The registration deadline must be before the first session.",
  "Kvoten per organisation kan inte vara större än antalet platser.": "The quota per organisation cannot be larger than the capacity.",
  "En utbildning som loggas i efterhand publiceras inte för anmälan; logga deltagarna i stället.":
    "An event logged afterwards is not published for registration; log the participants instead.",
  "Ange varför utbildningen ställs in; deltagarna får se det.": "Say why the event is cancelled; the participants will see it.",
  "Orsaken får vara högst 2 000 tecken.": "The reason may be at most 2,000 characters.",
  "En av organisationerna finns inte.": "One of the organisations does not exist.",
  "Lägg till minst en deltagare.": "Add at least one participant.",
  "Högst 50 deltagare per anmälan.": "At most 50 participants per registration.",
  "Samma e-postadress finns två gånger i anmälan.": "The same e-mail address appears twice in the registration.",
  "Närvaro kan bara registreras för bekräftade deltagare.": "Attendance can only be recorded for confirmed participants.",
  "Ett av tillfällena hör inte till utbildningen.": "One of the sessions does not belong to the event.",
};

interface Pattern {
  sv: RegExp;
  en: string;
}

const PLACEHOLDER = /\{(\d+)\}/g;

const patterns: Pattern[] = Object.entries(FIELD_MESSAGES)
  .filter(([sv]) => /\{\d+\}/.test(sv))
  .map(([sv, en]) => {
    const order: number[] = [];
    const source = sv
      .split(PLACEHOLDER)
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        order.push(Number(part));
        return "(.+?)";
      })
      .join("");
    // Markers may come in any order in the English text: number the captures by marker.
    const english = en.replace(PLACEHOLDER, (_, n: string) => `{${order.indexOf(Number(n))}}`);
    return { sv: new RegExp(`^${source}$`, "s"), en: english };
  });

/** The field message in the request's language; Swedish, and any text not listed, as it is. */
/**
 * class-validator's own messages, for the rules given without a message of ours
 * (`purpose must be shorter than or equal to 10000 characters`): said plainly in either language.
 */
const DEFAULTS: { en: RegExp; sv: (n: string) => string; say: (n: string) => string }[] = [
  { en: /^(?:each value in )?\S+ must be shorter than or equal to (\d+) characters$/, sv: (n) => `Högst ${n} tecken.`, say: (n) => `At most ${n} characters.` },
  { en: /^(?:each value in )?\S+ must be longer than or equal to (\d+) characters$/, sv: (n) => `Minst ${n} tecken.`, say: (n) => `At least ${n} characters.` },
  { en: /^\S+ must not be greater than (-?[\d.]+)$/, sv: (n) => `Får vara högst ${n}.`, say: (n) => `May be at most ${n}.` },
  { en: /^\S+ must not be less than (-?[\d.]+)$/, sv: (n) => `Får vara minst ${n}.`, say: (n) => `May be at least ${n}.` },
  { en: /^\S+ must contain no more than (\d+) elements$/, sv: (n) => `Högst ${n} st.`, say: (n) => `At most ${n}.` },
  { en: /^\S+ must contain at least (\d+) elements$/, sv: (n) => `Minst ${n} st.`, say: (n) => `At least ${n}.` },
  { en: /^\S+ must be an integer number$/, sv: () => "Ange ett heltal.", say: () => "Enter a whole number." },
  { en: /^\S+ must be one of the following values: (.*)$/, sv: (n) => `Välj ett av: ${n}.`, say: (n) => `Choose one of: ${n}.` },
];

/** Numbers as the interface writes them: 10 000, not 10000. */
function plain(value: string, locale: Locale): string {
  return /^-?\d{5,}$/.test(value) ? new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE").format(Number(value)).replace(/\u00a0/g, " ") : value;
}

export function localiseFieldMessage(message: string, locale: Locale): string {
  for (const d of DEFAULTS) {
    const m = d.en.exec(message);
    if (m) return (locale === "en" ? d.say : d.sv)(plain(m[1] ?? "", locale));
  }
  if (locale === "sv") return message;
  if (Object.hasOwn(FIELD_MESSAGES, message)) return FIELD_MESSAGES[message];
  for (const p of patterns) {
    const m = p.sv.exec(message);
    if (m) return p.en.replace(PLACEHOLDER, (_, i: string) => m[Number(i) + 1]);
  }
  return message;
}

interface FieldError {
  message?: unknown;
}

/** `extensions.fields` of an error with each message in the request's language. */
export function localiseFieldErrors<T>(fields: T, locale: Locale): T {
  if (locale === "sv" || !Array.isArray(fields)) return fields;
  return fields.map((f: FieldError) => (f && typeof f.message === "string" ? { ...f, message: localiseFieldMessage(f.message, locale) } : f)) as T;
}

/** Error parameters with `reason` (a field message repeated as the whole error's message) in the request's language. */
export function localiseReason<P extends Record<string, unknown>>(params: P | undefined, locale: Locale): P | undefined {
  if (locale === "sv" || !params || typeof params.reason !== "string") return params;
  return { ...params, reason: localiseFieldMessage(params.reason, locale) };
}
