import { z } from "zod";
import { formatAmount, kronorText, parseKronor } from "../../app/format";
import i18n from "../../app/i18n";
import { parseDateText } from "../../app/stockholmTime";
import type { GrantApplicationFieldsFragment, SaveGrantApplicationInput, StimulusPurpose } from "../../generated/graphql";

export interface BudgetRow {
  /** Stable React key; not sent. */
  key: string;
  category: string;
  /** As shown: whole kronor grouped, `300 000`. */
  amount: string;
}

/** The application as the form holds it; field names are the API's, so its field messages land on the right field. */
export interface ApplicationValues {
  title: string;
  purpose: string;
  plannedActivities: string;
  targetGroups: string;
  periodStart: string;
  periodEnd: string;
  /** Whole kronor; null when empty, NaN while what is typed is not whole kronor. */
  requestedAmount: number | null;
  budgetLines: BudgetRow[];
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

export function valuesFrom(app: GrantApplicationFieldsFragment | null, me: { name: string; email: string }): ApplicationValues {
  return {
    title: app?.title ?? "",
    purpose: app?.purpose ?? "",
    plannedActivities: app?.plannedActivities ?? "",
    targetGroups: app?.targetGroups ?? "",
    periodStart: app?.periodStart ?? "",
    periodEnd: app?.periodEnd ?? "",
    requestedAmount: app?.requestedAmount || null,
    budgetLines: app?.budgetLines.length ? app.budgetLines.map((l) => newBudgetRow(l.category, kronorText(l.amount))) : [newBudgetRow()],
    contactName: app?.contactName || me.name,
    contactEmail: app?.contactEmail || me.email,
    contactPhone: app?.contactPhone ?? "",
    purposeCategories: app?.purposeCategories ?? [],
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const wholeKronor = (n: number | null | undefined): n is number => n != null && Number.isInteger(n) && n >= 0;

/** The budget's total in kronor; lines that are not whole kronor count as 0. */
export function budgetSum(rows: BudgetRow[]): number {
  return rows.reduce((s, r) => {
    const n = parseKronor(r.amount);
    return s + (wholeKronor(n) ? n : 0);
  }, 0);
}

const filledRows = (rows: BudgetRow[]) => rows.filter((r) => r.category.trim() !== "" || r.amount.trim() !== "");

/**
 * The input to save. An autosave (`strict: false`) leaves out what the server would refuse
 * half-typed (a budget row without category, an unfinished e-mail address or date) so typing never
 * produces errors; an explicit save sends everything.
 */
export function toSaveInput(v: ApplicationValues, strict: boolean): Omit<SaveGrantApplicationInput, "id" | "callId"> {
  const rows = filledRows(v.budgetLines);
  const date = (text: string) => parseDateText(text) || (strict && text.trim() ? text : undefined);
  return {
    title: v.title,
    purpose: v.purpose,
    plannedActivities: v.plannedActivities,
    targetGroups: v.targetGroups,
    periodStart: date(v.periodStart),
    periodEnd: date(v.periodEnd),
    requestedAmount: wholeKronor(v.requestedAmount) ? v.requestedAmount : undefined,
    budgetLines: (strict ? rows : rows.filter((r) => r.category.trim() !== "")).map((r) => {
      const n = parseKronor(r.amount);
      return { category: r.category, amount: wholeKronor(n) ? n : 0 };
    }),
    contactName: v.contactName,
    contactEmail: strict || EMAIL.test(v.contactEmail.trim()) ? v.contactEmail : undefined,
    contactPhone: v.contactPhone,
    purposeCategories: v.purposeCategories,
  };
}

/**
 * What the form checks before it asks anything: for a draft (`submit: false`) only that what is
 * filled in can be saved; for submission also what a complete stimulus application needs. The
 * server checks the same again and has the last word; its field messages are shown the same way.
 */
export function applicationSchema(submit: boolean) {
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(`grants.form.${key}`, params);
  const date = (required: string) =>
    z.string().superRefine((text, ctx) => {
      if (text.trim() === "") {
        if (submit) ctx.addIssue({ code: "custom", message: t(required) });
      } else if (parseDateText(text) == null) ctx.addIssue({ code: "custom", message: i18n.t("fields.dateInvalid") });
    });
  const filled = (key: string) =>
    submit
      ? z
          .string()
          .trim()
          .min(1, { error: () => t(key) })
      : z.string();
  return z
    .object({
      title: z
        .string()
        .max(200, { error: () => t("titleTooLong") })
        .refine((s) => !submit || s.trim().length >= 3, { error: () => t("titleRequired") }),
      purpose: filled("purposeRequired"),
      plannedActivities: filled("plannedActivitiesRequired"),
      targetGroups: filled("targetGroupsRequired"),
      periodStart: date("periodStartRequired"),
      periodEnd: date("periodEndRequired"),
      requestedAmount: z
        .number()
        .nullable()
        .superRefine((n, ctx) => {
          if (n != null && !wholeKronor(n)) ctx.addIssue({ code: "custom", message: t("amountInvalid") });
          else if (submit && !n) ctx.addIssue({ code: "custom", message: t("requestedAmountRequired") });
        }),
      budgetLines: z.array(z.object({ key: z.string(), category: z.string(), amount: z.string() })).max(50, { error: () => t("budgetTooLong") }),
      contactName: filled("contactNameRequired"),
      contactEmail: z.string().superRefine((text, ctx) => {
        if (text.trim() === "") {
          if (submit) ctx.addIssue({ code: "custom", message: t("contactEmailRequired") });
        } else if (!EMAIL.test(text.trim())) ctx.addIssue({ code: "custom", message: t("emailInvalid") });
      }),
      contactPhone: z.string().max(40),
      purposeCategories: z.array(z.string()).refine((list) => !submit || list.length > 0, { error: () => t("purposeCategoriesRequired") }),
    })
    .superRefine((v, ctx) => {
      const start = parseDateText(v.periodStart);
      const end = parseDateText(v.periodEnd);
      if (submit && start && end && end < start) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: t("periodOrder") });
      v.budgetLines.forEach((row, i) => {
        const at = (field: string, key: string) => ctx.addIssue({ code: "custom", path: ["budgetLines", i, field], message: t(key, { row: i + 1 }) });
        if (row.amount.trim() !== "" && !wholeKronor(parseKronor(row.amount))) at("amount", "amountInvalidRow");
        if (row.category.trim() === "" && row.amount.trim() !== "") at("category", "categoryRequired");
      });
      if (!submit) return;
      const rows = filledRows(v.budgetLines);
      if (rows.length === 0) ctx.addIssue({ code: "custom", path: ["budgetLines"], message: t("budgetRequired") });
      else if (wholeKronor(v.requestedAmount) && v.requestedAmount > 0 && budgetSum(v.budgetLines) !== v.requestedAmount) {
        ctx.addIssue({
          code: "custom",
          path: ["budgetLines"],
          message: t("sumMismatch", { sum: formatAmount(budgetSum(v.budgetLines)), requested: formatAmount(v.requestedAmount) }),
        });
      }
    });
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
