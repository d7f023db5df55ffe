import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime, formatNumber, isoString } from "../../../app/format";
import { isDate } from "../../../app/stockholmTime";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { SelectField, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState, Notice } from "../../../app/ui/Messages";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { Markdown } from "./Markdown";
import { MinutesStatusTag } from "./StatusTags";
import { ApproveMinutesMutation, PublishMinutesMutation, SaveMinutesMutation, SendBackMinutesMutation } from "../operations";
import { ActionItemsTable } from "./ActionItemsTable";
import type { Meeting } from "../meeting";
import { DateField } from "../../../app/ui/DateTimeFields";

type Minutes = NonNullable<Meeting["minutes"]>;

/**
 * Protokoll. The convener writes the minutes and sends them to a member for approval
 * (justering); the approver approves and so publishes them; members read the published
 * minutes and every earlier version.
 */
export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const minutes = meeting.minutes;
  // What the server offers: the convener writes, the justerare approves or sends back.
  const offered = minutes ? minutes.availableActions : [];
  const isConvener = minutes ? offered.includes("SAVE_DRAFT") || offered.includes("SUBMIT_FOR_APPROVAL") : meeting.availableActions.includes("WRITE_MINUTES");
  const isApprover = offered.includes("APPROVE") || offered.includes("SEND_BACK");
  const [status, setStatus] = useState("");

  return (
    <section className="section" aria-labelledby="nw-minutes">
      <h2 id="nw-minutes" tabIndex={-1}>
        {t("networks.minutes.heading")}
      </h2>
      <LiveStatus>{status}</LiveStatus>
      {minutes && <MinutesState minutes={minutes} />}
      {minutes && isApprover && (
        <ApprovalPanel
          meeting={meeting}
          minutes={minutes}
          onApproved={(message) => {
            setStatus(message);
            // The approval panel is gone: keep keyboard focus in the section.
            document.getElementById("nw-minutes")?.focus();
          }}
        />
      )}
      {isConvener && minutes?.returnComment && <ReturnedComment minutes={minutes} />}
      {isConvener ? (
        <MinutesEditor meeting={meeting} onSaved={setStatus} />
      ) : isApprover ? null : minutes ? (
        <MinutesContent body={minutes.body} decisions={minutes.decisionItems} />
      ) : (
        <EmptyState>{t("networks.minutes.notPublished")}</EmptyState>
      )}
      {!isConvener && minutes?.status === "PUBLISHED" && meeting.actionItems.length > 0 && (
        <>
          <h3>{t("networks.minutes.actionItems")}</h3>
          <ActionItemsTable
            items={meeting.actionItems}
            caption={t("networks.minutes.actionItemsCaption", { count: meeting.actionItems.length })}
            canEdit={false}
          />
        </>
      )}
      {minutes && minutes.history.length > 0 && <MinutesHistory history={minutes.history} />}
    </section>
  );
}

/** "Publicerat, version 2, justerat av Greta Samordnare (Göteborg) 2026-12-10 10:15". */
function MinutesState({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const approver = minutes.approver
    ? t("networks.minutes.approverName", { name: minutes.approver.name, organisation: minutes.approver.organisation.name })
    : null;
  return (
    <p className="nw-minutes-state">
      <MinutesStatusTag status={minutes.status} />{" "}
      {minutes.status === "PUBLISHED" && (
        <>
          {t("networks.minutes.version", { version: minutes.version })}
          {minutes.publishedAt && (
            <>
              , {t("networks.minutes.publishedAt")} <time dateTime={isoString(minutes.publishedAt)}>{formatDateTime(minutes.publishedAt)}</time>
            </>
          )}
          {approver && <>, {t("networks.minutes.approvedBy", { approver })}</>}
        </>
      )}
      {minutes.status === "AWAITING_APPROVAL" && approver && t("networks.minutes.awaiting", { approver })}
      {minutes.status === "DRAFT" &&
        (minutes.version > 0 ? t("networks.minutes.draftCorrection", { version: minutes.version }) : t("networks.minutes.draftNotShared"))}
    </p>
  );
}

interface Decision {
  text: string;
  responsible?: string | null;
  dueDate?: string | null;
}

function MinutesContent({ body, decisions, headingLevel = 3 }: { body: string; decisions: Decision[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as "h3";
  return (
    <div className="nw-minutes">
      <Markdown text={body} headingLevel={headingLevel} />
      {decisions.length > 0 && (
        <>
          <H>{t("networks.minutes.decisions")}</H>
          <ol className="nw-decisions">
            {decisions.map((d, i) => (
              <li key={i}>
                {d.text}
                {(d.responsible || d.dueDate) && (
                  <span className="nw-decision-meta">
                    {[
                      d.responsible ? t("networks.minutes.decisionResponsibleIs", { name: d.responsible }) : null,
                      d.dueDate ? t("networks.minutes.decisionDueIs", { date: d.dueDate }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function MinutesHistory({ history }: { history: Minutes["history"] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t("networks.minutes.history")}</h3>
      <ol className="nw-history">
        {[...history].reverse().map((v) => {
          const content = (v.content ?? {}) as { body?: string; decisions?: string[] };
          return (
            <li key={v.id}>
              <details>
                <summary>
                  {t("networks.minutes.version", { version: v.version })} – {t("networks.minutes.publishedAt")}{" "}
                  <time dateTime={isoString(v.publishedAt)}>{formatDateTime(v.publishedAt)}</time>
                </summary>
                <MinutesContent body={content.body ?? ""} decisions={(content.decisions ?? []).map((text) => ({ text }))} headingLevel={4} />
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The justerare's comments, shown to the convener beside the draft until it is sent again. */
function ReturnedComment({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <Notice title={t("networks.minutes.returnedTitle")}>
      <p className="nw-returned-comment">{minutes.returnComment}</p>
      {minutes.returnedAt && (
        <p className="muted">
          {t("networks.minutes.returnedAt")} <time dateTime={isoString(minutes.returnedAt)}>{formatDateTime(minutes.returnedAt)}</time>
          {minutes.approver && <>, {t("networks.minutes.approverName", { name: minutes.approver.name, organisation: minutes.approver.organisation.name })}</>}
        </p>
      )}
    </Notice>
  );
}

/** What the server accepts as comments, in characters. */
const MAX_RETURN_COMMENT = 5_000;

/** The justerare writes what needs to change; the minutes go back to the convener as a draft. */
function SendBackForm({ meeting, onCancel, onSent }: { meeting: Meeting; onCancel(): void; onSent(message: string): void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState("");
  const errors = useFormErrors();
  const [sendBack, { loading }] = useMutation(SendBackMinutesMutation, { refetchQueries: ["NetworkMeeting"], awaitRefetchQueries: true });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!comment.trim()) local.comment = [t("networks.minutes.sendBackRequired")];
    else if (comment.trim().length > MAX_RETURN_COMMENT) local.comment = [t("networks.minutes.sendBackTooLong", { max: formatNumber(MAX_RETURN_COMMENT) })];
    if (!errors.check(local)) return;
    try {
      await sendBack({ variables: { meetingId: meeting.id, comment } });
      errors.clear();
      onSent(t("networks.minutes.sentBack"));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form nw-send-back" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
      <FormErrorSummary
        failure={errors.failure}
        idFor={(path) => (path === "comment" ? "nw-send-back-comment" : undefined)}
        fallbackId="nw-send-back-comment"
      />
      <TextAreaField
        id="nw-send-back-comment"
        label={t("networks.minutes.sendBackComment")}
        hint={t("networks.minutes.sendBackHint")}
        rows={6}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        errors={errors.of("comment")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("networks.minutes.sendBackSubmit")}
        </button>
        <button type="button" className="button button--secondary" disabled={loading} onClick={onCancel}>
          {t("networks.minutes.sendBackCancel")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}

function ApprovalPanel({ meeting, minutes, onApproved }: { meeting: Meeting; minutes: Minutes; onApproved(message: string): void }) {
  const { t } = useTranslation();
  const [sendingBack, setSendingBack] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [approve, { loading }] = useMutation(ApproveMinutesMutation, { refetchQueries: ["NetworkMeeting"], awaitRefetchQueries: true });

  async function confirm() {
    setError(null);
    try {
      await approve({ variables: { meetingId: meeting.id } });
      setConfirming(false);
      onApproved(t("networks.minutes.approved"));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <div className="nw-approval">
      <Notice title={t("networks.minutes.approvalTitle")}>
        <p>{t("networks.minutes.approvalBody")}</p>
      </Notice>
      <div className="card">
        <MinutesContent body={minutes.body} decisions={minutes.decisionItems} />
        {meeting.actionItems.length > 0 && (
          <>
            <h3>{t("networks.minutes.actionItems")}</h3>
            <ActionItemsTable
              items={meeting.actionItems}
              caption={t("networks.minutes.actionItemsCaption", { count: meeting.actionItems.length })}
              canEdit={false}
            />
          </>
        )}
      </div>
      {sendingBack ? (
        <SendBackForm
          meeting={meeting}
          onCancel={() => {
            setSendingBack(false);
            window.requestAnimationFrame(() => document.getElementById("nw-send-back-open")?.focus());
          }}
          onSent={onApproved}
        />
      ) : (
        <div className="button-row">
          {minutes.availableActions.includes("APPROVE") && (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t("networks.minutes.approve")}
            </button>
          )}
          {minutes.availableActions.includes("SEND_BACK") && (
            <button
              type="button"
              id="nw-send-back-open"
              className="button button--secondary"
              onClick={() => {
                setSendingBack(true);
                window.requestAnimationFrame(() => document.getElementById("nw-send-back-comment")?.focus());
              }}
            >
              {t("networks.minutes.sendBack")}
            </button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("networks.minutes.approveTitle")}
        confirmLabel={t("networks.minutes.approve")}
        busy={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>{t("networks.minutes.approveBody")}</p>
      </ConfirmDialog>
    </div>
  );
}

interface ActionRow {
  key: number;
  text: string;
  owner: string;
  dueDate: string;
}
interface DecisionRow {
  key: number;
  text: string;
  responsible: string;
  dueDate: string;
}
let nextKey = 1;

function MinutesEditor({ meeting, onSaved }: { meeting: Meeting; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const minutes = meeting.minutes;
  const candidates = meeting.network.approverCandidates;
  const [body, setBody] = useState(minutes?.body ?? "");
  const [decisions, setDecisions] = useState<DecisionRow[]>(() =>
    (minutes?.decisionItems ?? []).map((d) => ({ key: nextKey++, text: d.text, responsible: d.responsible ?? "", dueDate: d.dueDate ?? "" })),
  );
  const filledDecisions = decisions.filter((d) => d.text.trim() || d.responsible.trim() || d.dueDate);
  const decisionErrors = (row: DecisionRow, field: string) => {
    const i = filledDecisions.indexOf(row);
    return i >= 0 ? errors.of(`decisionItems.${i}.${field}`) : undefined;
  };
  const [actions, setActions] = useState<ActionRow[]>(() =>
    meeting.actionItems.filter((a) => !a.done).map((a) => ({ key: nextKey++, text: a.text, owner: a.owner, dueDate: a.dueDate ?? "" })),
  );
  const [approverId, setApproverId] = useState(minutes?.approver?.id ?? "");
  const errors = useFormErrors();
  const options = { refetchQueries: ["NetworkMeeting", "Network"], awaitRefetchQueries: true };
  const [saveDraft, saveState] = useMutation(SaveMinutesMutation, options);
  const [publish, publishState] = useMutation(PublishMinutesMutation, options);
  const busy = saveState.loading || publishState.loading;
  // Without minutes yet, writing them is one offer of the meeting; then each step is the minutes' own.
  const canSubmit = minutes ? minutes.availableActions.includes("SUBMIT_FOR_APPROVAL") : meeting.availableActions.includes("WRITE_MINUTES");
  const canSaveDraft = minutes ? minutes.availableActions.includes("SAVE_DRAFT") : meeting.availableActions.includes("WRITE_MINUTES");
  const doneItems = meeting.actionItems.filter((a) => a.done);

  // Candidates grouped by organisation, for the approver list.
  const byOrg = new Map<string, { name: string; users: typeof candidates }>();
  for (const c of candidates) {
    const g = byOrg.get(c.organisation.id) ?? { name: c.organisation.name, users: [] };
    g.users.push(c);
    byOrg.set(c.organisation.id, g);
  }
  const groups = [...byOrg.values()].sort((a, b) => a.name.localeCompare(b.name, "sv"));

  const filledActions = actions.filter((a) => a.text.trim() || a.owner.trim() || a.dueDate);
  const idFor = (path: string) => {
    if (path === "body") return "nw-min-body";
    if (path === "approverUserId") return "nw-min-approver";
    const d = /^decisionItems\.(\d+)\.(text|responsible|dueDate)$/.exec(path);
    if (d && filledDecisions[Number(d[1])]) return `nw-min-decision-${filledDecisions[Number(d[1])].key}${d[2] === "text" ? "" : `-${d[2]}`}`;
    const a = /^actionItems\.(\d+)\.(text|owner|dueDate)$/.exec(path);
    if (a && filledActions[Number(a[1])]) return `nw-min-action-${filledActions[Number(a[1])].key}-${a[2]}`;
    return undefined;
  };
  const actionErrors = (row: ActionRow, field: string) => {
    const i = filledActions.indexOf(row);
    return i >= 0 ? errors.of(`actionItems.${i}.${field}`) : undefined;
  };

  async function submit(e: FormEvent, send: boolean) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!body.trim()) local.body = [t("networks.minutes.bodyRequired")];
    filledActions.forEach((a, i) => {
      const number = actions.indexOf(a) + 1;
      if (!a.text.trim()) local[`actionItems.${i}.text`] = [t("networks.minutes.actionTextRequired", { number })];
      if (!a.owner.trim()) local[`actionItems.${i}.owner`] = [t("networks.minutes.actionOwnerRequired", { number })];
      if (a.dueDate && !isDate(a.dueDate)) local[`actionItems.${i}.dueDate`] = [t("networks.minutes.dateInvalid", { number })];
    });
    filledDecisions.forEach((d, i) => {
      const number = decisions.indexOf(d) + 1;
      if (!d.text.trim()) local[`decisionItems.${i}.text`] = [t("networks.minutes.decisionTextRequired", { number })];
      if (d.dueDate && !isDate(d.dueDate)) local[`decisionItems.${i}.dueDate`] = [t("networks.minutes.decisionDateInvalid", { number })];
    });
    if (send && !approverId) local.approverUserId = [t("networks.minutes.approverRequired")];
    if (!errors.check(local)) return;
    const input = {
      body,
      decisionItems: filledDecisions.map((d) => ({ text: d.text.trim(), responsible: d.responsible.trim() || null, dueDate: d.dueDate || null })),
      actionItems: filledActions.map((a) => ({ text: a.text.trim(), owner: a.owner.trim(), dueDate: a.dueDate || null })),
      approverUserId: approverId || null,
    };
    try {
      if (send) {
        await publish({ variables: { meetingId: meeting.id, input } });
        const approver = candidates.find((c) => c.id === approverId);
        errors.clear();
        onSaved(t("networks.minutes.sent", { name: approver?.name ?? "" }));
      } else {
        await saveDraft({ variables: { meetingId: meeting.id, input } });
        errors.clear();
        onSaved(t("networks.minutes.draftSaved"));
      }
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form nw-minutes-editor" onSubmit={(e) => (canSubmit ? void submit(e, true) : e.preventDefault())} noValidate aria-busy={busy}>
      {minutes?.status === "PUBLISHED" && <p className="field__hint">{t("networks.minutes.correctionHint")}</p>}
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="nw-min-body" />
      <TextAreaField
        id="nw-min-body"
        label={t("networks.minutes.body")}
        hint={t("networks.minutes.bodyHint")}
        rows={12}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        errors={errors.of("body")}
      />

      <fieldset className="fieldset">
        <legend className="nw-legend-large">{t("networks.minutes.decisions")}</legend>
        {decisions.length === 0 && <p className="muted">{t("networks.minutes.noDecisions")}</p>}
        <ol className="nw-rows">
          {decisions.map((d, i) => (
            <li key={d.key}>
              <fieldset className="fieldset nw-row-group">
                <legend>{t("networks.minutes.decision", { number: i + 1 })}</legend>
                <div className="nw-action-row">
                  <TextField
                    id={`nw-min-decision-${d.key}`}
                    fieldClassName="nw-action-row__text"
                    label={t("networks.minutes.decisionText")}
                    autoComplete="off"
                    value={d.text}
                    onChange={(e) => setDecisions((rows) => rows.map((r) => (r.key === d.key ? { ...r, text: e.target.value } : r)))}
                    errors={decisionErrors(d, "text")}
                  />
                  <TextField
                    id={`nw-min-decision-${d.key}-responsible`}
                    label={t("networks.minutes.decisionResponsible")}
                    autoComplete="off"
                    value={d.responsible}
                    onChange={(e) => setDecisions((rows) => rows.map((r) => (r.key === d.key ? { ...r, responsible: e.target.value } : r)))}
                    errors={decisionErrors(d, "responsible")}
                  />
                  <DateField
                    id={`nw-min-decision-${d.key}-dueDate`}
                    label={t("networks.minutes.decisionDue")}
                    value={d.dueDate}
                    onChange={(e) => setDecisions((rows) => rows.map((r) => (r.key === d.key ? { ...r, dueDate: e.target.value } : r)))}
                    errors={decisionErrors(d, "dueDate")}
                  />
                </div>
                <button
                  type="button"
                  className="button button--danger-quiet button--small"
                  onClick={() => setDecisions((rows) => rows.filter((r) => r.key !== d.key))}
                >
                  {t("networks.minutes.remove")}
                  <span className="visually-hidden"> {t("networks.minutes.decision", { number: i + 1 })}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            const row = { key: nextKey++, text: "", responsible: "", dueDate: "" };
            setDecisions((rows) => [...rows, row]);
            window.requestAnimationFrame(() => document.getElementById(`nw-min-decision-${row.key}`)?.focus());
          }}
        >
          {t("networks.minutes.addDecision")}
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="nw-legend-large">{t("networks.minutes.actionItems")}</legend>
        <p className="field__hint">{t("networks.minutes.actionItemsHint")}</p>
        <ol className="nw-rows">
          {actions.map((a, i) => (
            <li key={a.key}>
              <fieldset className="fieldset nw-row-group">
                <legend>{t("networks.minutes.actionItem", { number: i + 1 })}</legend>
                <div className="nw-action-row">
                  <TextField
                    id={`nw-min-action-${a.key}-text`}
                    fieldClassName="nw-action-row__text"
                    label={t("networks.minutes.actionText")}
                    autoComplete="off"
                    value={a.text}
                    onChange={(e) => setActions((rows) => rows.map((r) => (r.key === a.key ? { ...r, text: e.target.value } : r)))}
                    errors={actionErrors(a, "text")}
                  />
                  <TextField
                    id={`nw-min-action-${a.key}-owner`}
                    label={t("networks.minutes.actionOwner")}
                    autoComplete="off"
                    value={a.owner}
                    onChange={(e) => setActions((rows) => rows.map((r) => (r.key === a.key ? { ...r, owner: e.target.value } : r)))}
                    errors={actionErrors(a, "owner")}
                  />
                  <DateField
                    id={`nw-min-action-${a.key}-dueDate`}
                    label={t("networks.minutes.actionDue")}
                    value={a.dueDate}
                    onChange={(e) => setActions((rows) => rows.map((r) => (r.key === a.key ? { ...r, dueDate: e.target.value } : r)))}
                    errors={actionErrors(a, "dueDate")}
                  />
                </div>
                <button
                  type="button"
                  className="button button--danger-quiet button--small"
                  onClick={() => setActions((rows) => rows.filter((r) => r.key !== a.key))}
                >
                  {t("networks.minutes.remove")}
                  <span className="visually-hidden"> {t("networks.minutes.actionItem", { number: i + 1 })}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            const row = { key: nextKey++, text: "", owner: "", dueDate: "" };
            setActions((rows) => [...rows, row]);
            window.requestAnimationFrame(() => document.getElementById(`nw-min-action-${row.key}-text`)?.focus());
          }}
        >
          {t("networks.minutes.addActionItem")}
        </button>
        {doneItems.length > 0 && (
          <p className="field__hint nw-done-items">
            {t("networks.minutes.doneItems", { count: doneItems.length })} {doneItems.map((d) => d.text).join("; ")}
          </p>
        )}
      </fieldset>

      <SelectField
        id="nw-min-approver"
        label={t("networks.minutes.approver")}
        hint={candidates.length ? t("networks.minutes.approverHint") : t("networks.minutes.noCandidates")}
        value={approverId}
        onChange={(e) => setApproverId(e.target.value)}
        errors={errors.of("approverUserId")}
      >
        <option value="">{t("networks.minutes.chooseApprover")}</option>
        {groups.map((g) => (
          <optgroup key={g.name} label={g.name}>
            {g.users.map((u) => (
              <option key={u.id} value={u.id}>
                {t("networks.minutes.approverName", { name: u.name, organisation: g.name })}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>

      <div className="button-row">
        {canSubmit && (
          <button type="submit" className="button" disabled={busy}>
            {t("networks.minutes.send")}
          </button>
        )}
        {canSaveDraft && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={(e) => void submit(e, false)}>
            {t("networks.minutes.saveDraft")}
          </button>
        )}
        {busy && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
