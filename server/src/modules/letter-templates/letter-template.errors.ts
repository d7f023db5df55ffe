import { defineErrors } from "../../shared/errors";

export const LetterTemplateErrors = defineErrors("letterTemplates", {
  unknownPlaceholder: {
    code: "BAD_USER_INPUT",
    sv: "Platshållaren {{{name}}} finns inte i {part}. Använd någon av: {known}. Inget har sparats.",
    en: "The placeholder {{{name}}} does not exist in {part}. Use one of: {known}. Nothing was saved.",
  },
  syntax: {
    code: "BAD_USER_INPUT",
    sv: "Mallen i {part} går inte att läsa: {detail}. Inget har sparats.",
    en: "The template in {part} cannot be read: {detail}. Nothing was saved.",
  },
  tagNotAllowed: {
    code: "BAD_USER_INPUT",
    sv: "I {part} får mallen bara innehålla text, platshållare {{namn}} och avsnitt {{#namn}}…{{/namn}}. Inget har sparats.",
    en: "In {part} the template may hold only text, placeholders {{name}} and sections {{#name}}…{{/name}}. Nothing was saved.",
  },
  empty: { code: "BAD_USER_INPUT", sv: "{part} får inte vara tom.", en: "{part} must not be empty." },
  tooLong: { code: "BAD_USER_INPUT", sv: "{part} får vara högst {max} tecken.", en: "{part} may be at most {max} characters." },
  callNotInProgramme: { code: "BAD_USER_INPUT", sv: "Utlysningen hör inte till programmet.", en: "The call does not belong to the programme." },
  changedMeanwhile: {
    code: "CONFLICT",
    sv: "Någon publicerade en ny version av mallen samtidigt. Ladda om och försök igen.",
    en: "Someone published a new version of the template at the same time. Reload and try again.",
  },
});
