import { defineErrors } from "../../shared/errors";

export const OidcErrors = defineErrors("oidc", {
  issuerInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Ange utfärdarens adress, som börjar med https://.",
    en: "Enter the issuer's address, starting with https://.",
  },
  clientIdRequired: {
    code: "BAD_USER_INPUT",
    sv: "Ange klient-id (högst 200 tecken).",
    en: "Enter the client id (at most 200 characters).",
  },
  clientSecretRequired: {
    code: "BAD_USER_INPUT",
    sv: "Ange klienthemligheten (högst 400 tecken).",
    en: "Enter the client secret (at most 400 characters).",
  },
  scopesInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Ange scopes åtskilda med mellanslag, till exempel openid email profile.",
    en: "Enter scopes separated by spaces, for example openid email profile.",
  },
  matchClaimInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Ange namnet på ett claim (bokstäver, siffror, _ . : -), till exempel email eller upn.",
    en: "Enter the name of a claim (letters, digits, _ . : -), for example email or upn.",
  },
  providerNotFound: {
    code: "NOT_FOUND",
    sv: "Organisationen har ingen inloggning via identitetsleverantör.",
    en: "The organisation has no sign-in through an identity provider.",
  },
  requestNotFound: {
    code: "NOT_FOUND",
    sv: "Begäran hittades inte; den kan redan vara avgjord.",
    en: "The request was not found; it may already have been decided.",
  },
  requestHasNoEmail: {
    code: "BAD_USER_INPUT",
    sv: "Identitetsleverantören gav ingen e-postadress. Koppla begäran till ett befintligt konto i stället.",
    en: "The identity provider gave no e-mail address. Link the request to an existing account instead.",
  },
  accountOfOtherOrganisation: {
    code: "BAD_USER_INPUT",
    sv: "Kontot hör inte till organisationen.",
    en: "The account does not belong to the organisation.",
  },
  chooseRoles: {
    code: "BAD_USER_INPUT",
    sv: "Välj minst en roll för det nya kontot.",
    en: "Choose at least one role for the new account.",
  },
  accountAlreadyLinked: {
    code: "CONFLICT",
    sv: "Kontot är redan kopplat till en annan identitet hos leverantören.",
    en: "The account is already linked to another identity at the provider.",
  },
});
