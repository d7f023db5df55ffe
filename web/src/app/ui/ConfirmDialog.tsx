import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "./Dialog";
import { ErrorAlert } from "./Messages";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red button, for what cannot be undone in the applicant's disfavour (withdraw, cancel). */
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onClose(): void;
}

/**
 * "Are you sure?" before an irreversible step. Focus starts on "Avbryt", so Enter never
 * confirms by accident; Escape cancels.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, busy, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog open={open} title={title} onClose={onClose} initialFocus={cancelRef}>
      <div className="dialog__body">{children}</div>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className="button-row">
        <button type="button" className={`button${danger ? " button--danger" : ""}`} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} ref={cancelRef}>
          {t("common.cancel")}
        </button>
        {busy && (
          <span className="inline-status" role="status" aria-live="polite">
            {t("common.saving")}
          </span>
        )}
      </div>
    </Dialog>
  );
}
