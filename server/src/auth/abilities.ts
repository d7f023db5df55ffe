/**
 * Every ability the platform checks. Code asks for abilities, never for role names;
 * a role (roles.ts) is a named bundle of these.
 */
export const ABILITIES = [
  // people and organisations
  "user.read.ownOrganisation",
  "user.read.any",
  // invite users, set their roles, activate and deactivate them: in one's own organisation, or in any
  "user.manage.ownOrganisation",
  "user.manage.any",
  "audit.read.ownOrganisation",
  "audit.read.all",
  "outbox.read",
  // stimulus grants (särskilda stimulansmedel)
  "grant.call.manage",
  "grant.read.all",
  "grant.application.apply",
  "grant.application.assess",
  "grant.consult",
  "grant.decide",
  "grant.payout",
  // the case file (akt) of an application as handed out under offentlighetsprincipen: every version, the decision, the audit trail
  "grant.caseFile.export",
  // letter and e-mail templates of decisions, per programme and call: edit, preview, publish
  "grant.letterTemplate.manage",
  // trainings and course leaders
  "training.organise",
  "training.register",
  "training.participants.read.all",
  // networks
  "network.convene",
  "network.participate",
  // development funds (utvecklingsmedel)
  "devfunds.manage",
  "devfunds.requisition",
  "devfunds.apply",
  // questionnaires (enkäter): build and send, answer for one's organisation, read every questionnaire's results
  "questionnaire.manage",
  "questionnaire.answer",
  "questionnaire.results.read",
  // länets arbete: the county board's own work (kommunbesök, campaigns, methods, strategies)
  "countyWork.manage.ownCounty",
  "countyWork.read.all",
  "method.manage",
  // statistics and follow-up
  "statistics.read",
  // the national aggregates of networks per topic, without any network's content
  "statistics.networks.read",
  // the yearly report to the government (Rapporter): put it together and download it; mark it submitted, which freezes a copy
  "report.read",
  "report.submit",
  // platform administration: the platform settings (retention period, two-factor for money), and personal data (register extract, erasure on request)
  "platform.settings.manage",
  "personalData.manage",
] as const;

export type Ability = (typeof ABILITIES)[number];

/**
 * The abilities that decide on or pay out money: grant decisions, payouts and repayments, and the
 * development funds' rounds, requisitions and payment lists. With `SAMVERKA_REQUIRE_TOTP_FOR_MONEY`
 * a person holds them only after enrolling in two-factor sign-in; the roles that need it follow
 * from their abilities (roles.ts, `rolesRequiringTwoFactor`).
 */
export const MONEY_ABILITIES: readonly Ability[] = ["grant.decide", "grant.payout", "devfunds.manage"];
