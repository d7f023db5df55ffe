import { parseKronor } from "../../app/format";
import i18n from "../../app/i18n";
import type { GrantApplicationFieldsFragment, SaveGrantApplicationInput, StimulusPurpose } from "../../generated/graphql";

export interface BudgetRow {
  /** Stable React key; not sent. */
  key: string;
  category: string;
  amount: string;
}

/** What the applicant types, as text (amounts too, so "500 000" can be typed). */
export interface ApplicationValues {
  title: string;
  purpose: string;
  plannedActivities: string;
  targetGroups: string;
  periodStart: string;
  periodEnd: string;
  requestedAmount: string;
  budget: BudgetRow[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** What the funds are for: one or more of the decision's purposes. */
  purposeCategories: StimulusPurpose[];
}

/** The purposes of the government decision, in its order. */
export const STIMULUS_PURPOSES: readonly StimulusPurpose[] = ["INFORMATION_AND_TRAINING", "TARGETED_GROUPS", "DEVELOPMENT"];

let nextKey = 0;
export function newBudgetRow(category = "", amount = ""): BudgetRow {
  nextKey += 1;
  return { key: `row-${nextKey}`, category, amount };
}

const amountText = (n: number | null | undefined) => (n ? String(n) : "");

export function valuesFrom(app: GrantApplicationFieldsFragment | null, me: { name: string; email: string }): ApplicationValues {
  return {
    title: app?.title ?? "",
    purpose: app?.purpose ?? "",
    plannedActivities: app?.plannedActivities ?? "",
    targetGroups: app?.targetGroups ?? "",
    periodStart: app?.periodStart ?? "",
    periodEnd: app?.periodEnd ?? "",
    requestedAmount: amountText(app?.requestedAmount),
    budget: app?.budgetLines.length ? app.budgetLines.map((l) => newBudgetRow(l.category, String(l.amount))) : [newBudgetRow()],
    contactName: app?.contactName || me.name,
    contactEmail: app?.contactEmail || me.email,
    contactPhone: app?.contactPhone ?? "",
    purposeCategories: app?.purposeCategories ?? [],
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The input to save. An autosave (`strict: false`) leaves out what the server would refuse
 * half-typed (a budget row without category, an unfinished e-mail address) so typing never
 * produces errors; an explicit save sends everything and lets the server say what is wrong.
 */
export function toSaveInput(v: ApplicationValues, strict: boolean): Omit<SaveGrantApplicationInput, "id" | "callId"> {
  const amount = (text: string) => {
    const n = parseKronor(text);
    return n != null && Number.isFinite(n) ? n : undefined;
  };
  const rows = v.budget.filter((r) => r.category.trim() !== "" || r.amount.trim() !== "");
  return {
    title: v.title,
    purpose: v.purpose,
    plannedActivities: v.plannedActivities,
    targetGroups: v.targetGroups,
    periodStart: v.periodStart || undefined,
    periodEnd: v.periodEnd || undefined,
    requestedAmount: amount(v.requestedAmount),
    budgetLines: (strict ? rows : rows.filter((r) => r.category.trim() !== "")).map((r) => ({ category: r.category, amount: amount(r.amount) ?? 0 })),
    contactName: v.contactName,
    contactEmail: strict || EMAIL.test(v.contactEmail.trim()) ? v.contactEmail : undefined,
    contactPhone: v.contactPhone,
    purposeCategories: v.purposeCategories,
  };
}

/** Checks before an explicit save: amounts must be whole kronor, rows need a category. */
export function checkValues(v: ApplicationValues): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const bad = (text: string) => Number.isNaN(parseKronor(text) ?? 0);
  if (bad(v.requestedAmount)) errors.requestedAmount = [i18n.t("grants.form.amountInvalid")];
  v.budget.forEach((r, i) => {
    if (r.category.trim() === "" && r.amount.trim() !== "") errors[`budgetLines.${i}.category`] = [i18n.t("grants.form.categoryRequired", { row: i + 1 })];
    if (bad(r.amount)) errors[`budgetLines.${i}.amount`] = [i18n.t("grants.form.amountInvalidRow", { row: i + 1 })];
  });
  return errors;
}

/** The id of the control a field path is about, for the error summary. */
export function applicationFieldId(path: string): string | undefined {
  const row = /^budgetLines\.(\d+)\.(category|amount)$/.exec(path);
  if (row) return `app-budget-${row[1]}-${row[2]}`;
  if (path.startsWith("budgetLines")) return "app-budget";
  if (path === "purposeCategories") return `app-purposeCategories-${STIMULUS_PURPOSES[0]}`;
  const known = [
    "title",
    "purpose",
    "plannedActivities",
    "targetGroups",
    "periodStart",
    "periodEnd",
    "requestedAmount",
    "contactName",
    "contactEmail",
    "contactPhone",
  ];
  return known.includes(path) ? `app-${path}` : undefined;
}
