import type { CatalogueSection } from "./types";

/** Accounts: invitations, roles and sign-in. */
export const userMessages: CatalogueSection = {
  messages: {
    "user.invitation": {
      sv: {
        title: "Inbjudan till Samverka",
        body: "Hej {name}!\n\nDu har bjudits in till Samverka som användare i {organisation}.\nVälj ditt lösenord här (länken gäller i {days} dagar):\n{link}",
      },
      en: {
        title: "Invitation to Samverka",
        body: "Hello {name},\n\nYou have been invited to Samverka as a user of {organisation}.\nChoose your password here (the link is valid for {days} days):\n{link}",
      },
    },
    "user.identity-link-requested": {
      sv: {
        title: "{name} väntar på godkännande för inloggning",
        body: "{name} ({email}) har loggat in via {organisation}s inloggningstjänst för första gången och har inget konto. Godkänn eller avvisa under Administration → Användare.",
      },
      en: {
        title: "{name} is waiting for approval to sign in",
        body: "{name} ({email}) signed in through the sign-in service of {organisation} for the first time and has no account. Approve or reject under Administration → Users.",
      },
    },
    "user.roles-changed": {
      sv: { title: "Dina roller i Samverka har ändrats", body: "Du har nu rollerna: {roles}." },
      en: { title: "Your roles in Samverka have changed", body: "Your roles are now: {roles}." },
    },
    "user.password-reset": {
      sv: {
        title: "Nytt lösenord till Samverka",
        body: [
          "Hej {name}!",
          "",
          "Någon (från adressen {ip}) har bett om ett nytt lösenord till ditt Samverka-konto.",
          "Välj ett nytt lösenord här; länken gäller i {minutes} minuter och kan användas en gång:",
          "{link}",
          "",
          "När du har valt lösenordet loggas alla dina inloggningar ut.",
          "Var det inte du, kan du bortse från det här brevet: ditt lösenord är oförändrat.",
        ].join("\n"),
      },
      en: {
        title: "A new password for Samverka",
        body: [
          "Hello {name},",
          "",
          "Someone (from the address {ip}) has asked for a new password for your Samverka account.",
          "Choose a new password here; the link is valid for {minutes} minutes and can be used once:",
          "{link}",
          "",
          "When you have chosen it, every sign-in of yours is ended.",
          "If it was not you, you can ignore this message: your password has not changed.",
        ].join("\n"),
      },
    },
    "user.two-factor-enabled": {
      sv: {
        title: "Tvåstegsinloggning är aktiverad",
        body: "Hej {name}!\n\nTvåstegsinloggning aktiverades för ditt Samverka-konto {at}. Var det inte du, kontakta din organisations administratör.",
      },
      en: {
        title: "Two-factor sign-in is on",
        body: "Hello {name},\n\nTwo-factor sign-in was turned on for your Samverka account {at}. If it was not you, contact your organisation's administrator.",
      },
    },
    "user.two-factor-disabled": {
      sv: {
        title: "Tvåstegsinloggning är avstängd",
        body: "Hej {name}!\n\nTvåstegsinloggning stängdes av för ditt Samverka-konto {at}. Var det inte du, byt lösenord och kontakta din organisations administratör.",
      },
      en: {
        title: "Two-factor sign-in is off",
        body: "Hello {name},\n\nTwo-factor sign-in was turned off for your Samverka account {at}. If it was not you, change your password and contact your organisation's administrator.",
      },
    },
    "user.two-factor-reset": {
      sv: {
        title: "Din tvåstegsinloggning har återställts",
        body: "Hej {name}!\n\n{admin} återställde tvåstegsinloggningen för ditt Samverka-konto {at}, och dina inloggningar avslutades. Logga in med ditt lösenord och aktivera tvåstegsinloggning igen under Mitt konto. Var det oväntat, kontakta din organisations administratör.",
      },
      en: {
        title: "Your two-factor sign-in has been reset",
        body: "Hello {name},\n\n{admin} reset the two-factor sign-in of your Samverka account {at}, and your sign-ins were ended. Sign in with your password and turn two-factor sign-in on again under My account. If this was unexpected, contact your organisation's administrator.",
      },
    },
    "auth.sign-in-blocked": {
      sv: {
        title: "Inloggningen till ditt Samverka-konto är tillfälligt spärrad",
        body: [
          "Hej {name}!",
          "",
          "Flera inloggningsförsök med fel lösenord har gjorts till ditt konto {email} från adressen {ip}.",
          "Inloggning till kontot från den adressen är spärrad till {until}. Från andra adresser kan du logga in som vanligt.",
          "",
          "Var det du, kan du vänta och försöka igen, eller be din organisations administratör att häva spärren.",
          "Var det inte du, har någon annan försökt gissa ditt lösenord. Berätta det för din administratör.",
        ].join("\n"),
      },
      en: {
        title: "Sign-in to your Samverka account is temporarily blocked",
        body: [
          "Hello {name},",
          "",
          "Several sign-in attempts with a wrong password have been made to your account {email} from the address {ip}.",
          "Sign-in to the account from that address is blocked until {until}. From other addresses you can sign in as usual.",
          "",
          "If it was you, wait and try again, or ask your organisation's administrator to lift the block.",
          "If it was not you, someone else has tried to guess your password. Tell your administrator.",
        ].join("\n"),
      },
    },
  },
  phrases: {
    "role.PLATFORM_ADMIN": { sv: "Plattformsadministratör", en: "Platform administrator" },
    "role.ORGANISATION_ADMIN": { sv: "Organisationsadministratör", en: "Organisation administrator" },
    "role.SOCIALSTYRELSEN_HANDLAGGARE": { sv: "Handläggare, Socialstyrelsen", en: "Case officer, National Board of Health and Welfare" },
    "role.JAMSTALLDHETSMYNDIGHETEN": { sv: "Remissinstans, Jämställdhetsmyndigheten", en: "Consultation body, Swedish Gender Equality Agency" },
    "role.LANSSTYRELSE_UTVECKLINGSLEDARE": { sv: "Utvecklingsledare, länsstyrelse", en: "Development lead, county administrative board" },
    "role.NATIONELLT_KUNSKAPSCENTRUM": { sv: "Nationellt kunskapscentrum", en: "National knowledge centre" },
    "role.KOMMUN_SAMORDNARE": { sv: "Samordnare, kommun", en: "Coordinator, municipality" },
    "role.REGION_SAMORDNARE": { sv: "Samordnare, region", en: "Coordinator, region" },
    "role.IDEELL_ORGANISATION": { sv: "Ideell organisation", en: "Non-profit organisation" },
    "role.ANALYTIKER": { sv: "Analytiker", en: "Analyst" },
  },
};
