/** The kinds an erasure or a retention run counts, as the server names them. */
export const ERASED_KINDS = [
  "trainingRegistrations",
  "courseLeaders",
  "meetingAttendees",
  "agendaPresenters",
  "actionItemOwners",
  "networkContacts",
  "applicationContacts",
  "municipalityVisitParticipants",
  "notifications",
  "mails",
] as const;

/** The text key of an erased kind; a kind the web does not know yet reads as its name. */
export function erasedKindKey(kind: string): string | null {
  return (ERASED_KINDS as readonly string[]).includes(kind) ? `personalData.erasedKind.${kind}` : null;
}
