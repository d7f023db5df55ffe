import { defineErrors } from "../../shared/errors";

export const NetworkErrors = defineErrors("network", {
  networkNotFound: { code: "NOT_FOUND", sv: "Nätverket hittades inte.", en: "The network was not found." },
  meetingNotFound: { code: "NOT_FOUND", sv: "Mötet hittades inte.", en: "The meeting was not found." },
  documentNotFound: { code: "NOT_FOUND", sv: "Dokumentet hittades inte.", en: "The document was not found." },
  notConvener: {
    code: "FORBIDDEN",
    sv: "Bara nätverkets sammankallande organisationer kan göra detta.",
    en: "Only the network's convening organisations can do this.",
  },
  notMember: {
    code: "FORBIDDEN",
    sv: "Din organisation är inte medlem i nätverket.",
    en: "Your organisation is not a member of the network.",
  },
  rsvpClosed: {
    code: "CONFLICT",
    sv: "Sista dag att svara var {deadline}. Kontakta den som sammankallar om ni ändå vill delta.",
    en: "The last day to reply was {deadline}. Contact the convener if you still wish to attend.",
  },
  notApprover: {
    code: "FORBIDDEN",
    sv: "Protokollet justeras av den person som sammankallande utsett.",
    en: "The minutes are approved by the person the convener designated.",
  },
  minutesNotAwaitingApproval: {
    code: "CONFLICT",
    sv: "Protokollet har status {status} och väntar inte på justering.",
    en: "The minutes are {status} and are not awaiting approval.",
  },
  approverNotMember: {
    code: "BAD_USER_INPUT",
    sv: "Justeraren måste vara en person i en medlemsorganisation.",
    en: "The approver must be a person of a member organisation.",
  },
  fileTooLarge: {
    code: "BAD_USER_INPUT",
    sv: "Filen är för stor. Största tillåtna storlek är {max}.",
    en: "The file is too large. The largest allowed size is {max}.",
  },
  fileTypeNotAllowed: {
    code: "BAD_USER_INPUT",
    sv: "Filtypen tillåts inte. Ladda upp PDF, Word, Excel, PowerPoint, OpenDocument, text eller bild (PNG, JPEG).",
    en: "That file type is not allowed. Upload PDF, Word, Excel, PowerPoint, OpenDocument, text or an image (PNG, JPEG).",
  },
  fileMissing: { code: "BAD_USER_INPUT", sv: "Välj en fil att ladda upp.", en: "Choose a file to upload." },
  invalid: { code: "BAD_USER_INPUT", sv: "{reason}", en: "{reason}" },
  feedNotFound: {
    code: "NOT_FOUND",
    sv: "Kalenderadressen är ogiltig eller har ersatts av en ny.",
    en: "The calendar address is invalid or has been replaced.",
  },
});
