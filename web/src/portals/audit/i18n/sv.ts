/** Swedish texts of the Granskningslogg portal (the `audit` namespace). Every key has an English counterpart in en.ts. */
const sv = {
  audit: {
    title: "Granskningslogg",
    intro: "Vem som har ändrat vad och när, nyast först.",
    filterLabel: "Filtrera granskningsloggen",
    action: "Händelse",
    actionHint: "Till exempel user.invite",
    entityType: "Typ av objekt",
    allEntities: "Alla",
    caption_one: "{{count}} händelse",
    caption_other: "{{count}} händelser",
    time: "Tidpunkt",
    who: "Vem",
    organisation: "Organisation",
    entity: "Objekt",
    changes: "Ändringar",
    showChanges: "Visa före och efter",
    before: "Före",
    after: "Efter",
    system: "Systemet",
    empty: "Granskningsloggen är tom.",
    emptyFiltered: "Inga händelser matchar filtret.",
    pagerLabel: "Sidor i granskningsloggen",
  },
  auditActions: {
    auth_login: "Inloggning",
    auth_logout: "Utloggning",
    user_invite: "Inbjudan",
    user_acceptInvitation: "Inbjudan accepterad",
    user_setRoles: "Roller ändrade",
    user_activate: "Konto återaktiverat",
    user_deactivate: "Konto inaktiverat",
    user_createAdmin: "Administratör skapad",
  },
  entityTypes: {
    User: "Användare",
    Organisation: "Organisation",
  },
};

export default sv;
