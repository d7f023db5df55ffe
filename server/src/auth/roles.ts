import { registerEnumType } from "type-graphql";
import { OrganisationKind } from "../modules/organisations/organisation.entity";
import { type Ability, MONEY_ABILITIES } from "./abilities";

export enum Role {
  PLATFORM_ADMIN = "PLATFORM_ADMIN",
  ORGANISATION_ADMIN = "ORGANISATION_ADMIN",
  SOCIALSTYRELSEN_HANDLAGGARE = "SOCIALSTYRELSEN_HANDLAGGARE",
  JAMSTALLDHETSMYNDIGHETEN = "JAMSTALLDHETSMYNDIGHETEN",
  LANSSTYRELSE_UTVECKLINGSLEDARE = "LANSSTYRELSE_UTVECKLINGSLEDARE",
  NATIONELLT_KUNSKAPSCENTRUM = "NATIONELLT_KUNSKAPSCENTRUM",
  KOMMUN_SAMORDNARE = "KOMMUN_SAMORDNARE",
  REGION_SAMORDNARE = "REGION_SAMORDNARE",
  IDEELL_ORGANISATION = "IDEELL_ORGANISATION",
  ANALYTIKER = "ANALYTIKER",
}
registerEnumType(Role, { name: "Role", description: "A named bundle of abilities" });

interface RoleDefinition {
  abilities: Ability[];
  /** The kinds of organisation whose users may hold the role. */
  organisationKinds: OrganisationKind[];
}

const K = OrganisationKind;
const ALL_KINDS = Object.values(OrganisationKind);
const OWN_PEOPLE: Ability[] = ["user.read.ownOrganisation"];

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  // Socialstyrelsen's system administrators: every organisation's users, the whole audit log, the outbox.
  [Role.PLATFORM_ADMIN]: {
    abilities: [
      "user.read.ownOrganisation",
      "user.read.any",
      "user.manage.ownOrganisation",
      "user.manage.any",
      "audit.read.ownOrganisation",
      "audit.read.all",
      "outbox.read",
      "method.manage",
      "report.read",
      "platform.settings.manage",
      "personalData.manage",
    ],
    organisationKinds: [K.SOCIALSTYRELSEN],
  },
  // Any organisation's own administrator: its own users, with the roles it holds, and its own audit entries.
  [Role.ORGANISATION_ADMIN]: {
    abilities: ["user.read.ownOrganisation", "user.manage.ownOrganisation", "audit.read.ownOrganisation"],
    organisationKinds: ALL_KINDS,
  },
  [Role.SOCIALSTYRELSEN_HANDLAGGARE]: {
    abilities: [
      ...OWN_PEOPLE,
      // An application's history spans the applicant's and the consultation body's entries.
      "audit.read.all",
      "grant.call.manage",
      "grant.read.all",
      "grant.application.assess",
      "grant.decide",
      "grant.payout",
      "grant.caseFile.export",
      "grant.letterTemplate.manage",
      "training.organise",
      "training.participants.read.all",
      "network.convene",
      "network.participate",
      "devfunds.manage",
      "questionnaire.manage",
      "questionnaire.results.read",
      "countyWork.read.all",
      "statistics.read",
      "report.read",
      "report.submit",
    ],
    organisationKinds: [K.SOCIALSTYRELSEN],
  },
  [Role.JAMSTALLDHETSMYNDIGHETEN]: {
    abilities: [...OWN_PEOPLE, "grant.consult", "training.organise", "network.participate", "statistics.networks.read"],
    organisationKinds: [K.JAMSTALLDHETSMYNDIGHETEN],
  },
  [Role.LANSSTYRELSE_UTVECKLINGSLEDARE]: {
    abilities: [
      ...OWN_PEOPLE,
      "grant.application.apply",
      "training.organise",
      "training.register",
      "network.convene",
      "network.participate",
      // A coordinating länsstyrelse builds questionnaires too.
      "questionnaire.manage",
      "questionnaire.answer",
      "countyWork.manage.ownCounty",
      "statistics.read",
    ],
    organisationKinds: [K.LANSSTYRELSE],
  },
  [Role.NATIONELLT_KUNSKAPSCENTRUM]: {
    abilities: [...OWN_PEOPLE, "grant.application.apply", "training.organise", "training.register", "network.convene", "network.participate"],
    organisationKinds: [K.NATIONELLT_KUNSKAPSCENTRUM],
  },
  [Role.KOMMUN_SAMORDNARE]: {
    abilities: [...OWN_PEOPLE, "training.register", "network.participate", "devfunds.requisition", "questionnaire.answer"],
    organisationKinds: [K.KOMMUN],
  },
  [Role.REGION_SAMORDNARE]: {
    abilities: [...OWN_PEOPLE, "training.register", "network.participate", "devfunds.requisition", "questionnaire.answer"],
    organisationKinds: [K.REGION],
  },
  [Role.IDEELL_ORGANISATION]: {
    abilities: [...OWN_PEOPLE, "training.register", "network.participate", "devfunds.apply", "questionnaire.answer"],
    organisationKinds: [K.IDEELL_ORGANISATION],
  },
  [Role.ANALYTIKER]: {
    abilities: [...OWN_PEOPLE, "statistics.read", "grant.read.all", "questionnaire.results.read", "countyWork.read.all", "report.read"],
    organisationKinds: [K.VARDANALYS],
  },
};

export function abilitiesOf(roles: readonly Role[]): Set<Ability> {
  const set = new Set<Ability>();
  for (const role of roles) for (const a of ROLE_DEFINITIONS[role]?.abilities ?? []) set.add(a);
  return set;
}

export function roleAllowedFor(role: Role, kind: OrganisationKind): boolean {
  return ROLE_DEFINITIONS[role].organisationKinds.includes(kind);
}

/** The roles that bring an ability, e.g. every role that makes its holder a platform administrator. */
export function rolesWithAbility(ability: Ability): Role[] {
  return (Object.keys(ROLE_DEFINITIONS) as Role[]).filter((r) => ROLE_DEFINITIONS[r].abilities.includes(ability));
}

/** Whether a person with these abilities decides on or pays out money, and so may be asked for two-factor sign-in. */
export function handlesMoney(abilities: ReadonlySet<Ability>): boolean {
  return MONEY_ABILITIES.some((a) => abilities.has(a));
}

/** The roles whose holders need two-factor sign-in when the platform requires it for money. */
export function rolesRequiringTwoFactor(): Role[] {
  return (Object.keys(ROLE_DEFINITIONS) as Role[]).filter((r) => handlesMoney(new Set(ROLE_DEFINITIONS[r].abilities)));
}
