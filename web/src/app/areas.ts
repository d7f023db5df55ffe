/**
 * The areas (portals) of Samverka and who may use them. Access is decided by the user's
 * abilities (from the server), never by role names; the texts shown for an area depend on
 * which of its abilities the user holds.
 */

export type AreaId =
  "grants" | "trainings" | "networks" | "countyWork" | "devfunds" | "questionnaires" | "statistics" | "reports" | "organisation" | "admin" | "audit";

export interface Area {
  id: AreaId;
  path: string;
  /** The user may use the area when they hold any of these (or one starting with `prefix`). */
  prefix?: string;
  abilities?: string[];
  /** i18n keys of sentences, the first whose ability the user holds is the card's sentence. */
  capabilities: { ability: string; key: string }[];
  placeholder: boolean;
}

export const AREAS: Area[] = [
  {
    id: "grants",
    path: "/stimulansmedel",
    prefix: "grant.",
    capabilities: [
      { ability: "grant.call.manage", key: "areas.grants.manage" },
      { ability: "grant.decide", key: "areas.grants.manage" },
      { ability: "grant.application.assess", key: "areas.grants.assess" },
      { ability: "grant.consult", key: "areas.grants.consult" },
      { ability: "grant.application.apply", key: "areas.grants.apply" },
      { ability: "grant.payout", key: "areas.grants.payout" },
      { ability: "grant.read.all", key: "areas.grants.readAll" },
    ],
    placeholder: false,
  },
  {
    id: "trainings",
    path: "/utbildningar",
    prefix: "training.",
    capabilities: [
      { ability: "training.organise", key: "areas.trainings.organise" },
      { ability: "training.register", key: "areas.trainings.register" },
      { ability: "training.participants.read.all", key: "areas.trainings.participantsReadAll" },
    ],
    placeholder: false,
  },
  {
    id: "networks",
    path: "/natverk",
    prefix: "network.",
    capabilities: [
      { ability: "network.convene", key: "areas.networks.convene" },
      { ability: "network.participate", key: "areas.networks.participate" },
    ],
    placeholder: false,
  },
  {
    id: "countyWork",
    path: "/lanets-arbete",
    prefix: "countyWork.",
    capabilities: [
      { ability: "countyWork.manage.ownCounty", key: "areas.countyWork.manage" },
      { ability: "countyWork.read.all", key: "areas.countyWork.readAll" },
    ],
    placeholder: false,
  },
  {
    id: "devfunds",
    path: "/utvecklingsmedel",
    prefix: "devfunds.",
    // Analysts and länsstyrelser follow the statistics at /utvecklingsmedel/statistik.
    abilities: ["statistics.read"],
    capabilities: [
      { ability: "devfunds.manage", key: "areas.devfunds.manage" },
      { ability: "devfunds.requisition", key: "areas.devfunds.requisition" },
      { ability: "devfunds.apply", key: "areas.devfunds.apply" },
      { ability: "statistics.read", key: "areas.devfunds.statistics" },
    ],
    placeholder: false,
  },
  {
    id: "questionnaires",
    path: "/enkater",
    prefix: "questionnaire.",
    capabilities: [
      { ability: "questionnaire.manage", key: "areas.questionnaires.manage" },
      { ability: "questionnaire.answer", key: "areas.questionnaires.answer" },
      { ability: "questionnaire.results.read", key: "areas.questionnaires.results" },
    ],
    placeholder: false,
  },
  {
    id: "statistics",
    path: "/statistik",
    abilities: ["statistics.read", "statistics.networks.read"],
    capabilities: [
      { ability: "statistics.read", key: "areas.statistics.read" },
      { ability: "statistics.networks.read", key: "areas.statistics.networks" },
    ],
    placeholder: false,
  },
  {
    id: "reports",
    path: "/rapporter",
    abilities: ["report.read"],
    capabilities: [
      { ability: "report.submit", key: "areas.reports.submit" },
      { ability: "report.read", key: "areas.reports.read" },
    ],
    placeholder: false,
  },
  {
    id: "organisation",
    path: "/organisation",
    abilities: ["user.read.ownOrganisation"],
    capabilities: [{ ability: "user.read.ownOrganisation", key: "areas.organisation.read" }],
    placeholder: false,
  },
  {
    id: "admin",
    path: "/admin/anvandare",
    abilities: ["user.manage.any", "user.manage.ownOrganisation"],
    capabilities: [
      { ability: "user.manage.any", key: "areas.admin.invite" },
      { ability: "user.manage.ownOrganisation", key: "areas.admin.inviteOwn" },
    ],
    placeholder: false,
  },
  {
    id: "audit",
    path: "/granskningslogg",
    abilities: ["audit.read.all", "audit.read.ownOrganisation"],
    capabilities: [
      { ability: "audit.read.all", key: "areas.audit.read" },
      { ability: "audit.read.ownOrganisation", key: "areas.audit.readOwn" },
    ],
    placeholder: false,
  },
];

export function areaById(id: AreaId): Area {
  return AREAS.find((a) => a.id === id)!;
}

export function canUseArea(area: Area, abilities: readonly string[]): boolean {
  return abilities.some((a) => (area.prefix ? a.startsWith(area.prefix) : false) || (area.abilities ?? []).includes(a));
}

export function usableAreas(abilities: readonly string[]): Area[] {
  return AREAS.filter((a) => canUseArea(a, abilities));
}

/** The i18n key of the one sentence that describes what this user can do in the area. */
export function areaSentenceKey(area: Area, abilities: readonly string[]): string {
  return area.capabilities.find((c) => abilities.includes(c.ability))?.key ?? `areas.${area.id}.generic`;
}

/** The user's abilities that belong to the area, in the area's order (for the placeholder portals). */
export function areaAbilities(area: Area, abilities: readonly string[]): string[] {
  const own = area.capabilities.map((c) => c.ability).filter((a) => abilities.includes(a));
  return [...new Set(own)];
}

/** i18n key of a task sentence for an ability, e.g. `tasks.grant_call_manage`. */
export function taskKey(ability: string): string {
  return `tasks.${ability.replace(/\./g, "_")}`;
}
